/**
 * Demo content for a fresh site: on the first start of the web application, when the database
 * holds no publication and {@code dossier.demo} is true, a fictional institute's archive is
 * generated from Dossier's own phrase banks with a seeded random generator (so it is the same on
 * every machine) and written through the publication, taxonomy and expert services. Images (SVG)
 * and report PDFs are generated into {@code <data-dir>/media/demo/}.
 */
package org.dossier.demo;
