/**
 * Infrastructure every feature stands on: the database connection (embedded SQLite by default,
 * PostgreSQL when {@code spring.datasource.url} is set), the clock, and the task (CLI) runner's
 * Spring context. Knows nothing about any feature.
 */
package org.dossier.system;
