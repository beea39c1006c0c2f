package org.dossier.web;

/**
 * The number shown as "Total Index: N publications". The search feature's bean answers from the
 * live index; without it, the count of published items is used.
 */
public interface IndexSize {

    long publications();
}
