/**
 * Back-office accounts: users and their roles, Argon2id passwords, sign-in with throttling and
 * lockout, optional TOTP second factor, password reset by mail, the first admin (command-line task
 * or environment on first start) and the audit log of who changed what.
 */
package org.dossier.accounts;
