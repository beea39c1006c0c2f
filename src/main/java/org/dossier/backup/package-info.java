/**
 * Getting everything out again: {@code export} (every table as JSON, or posts and pages as a WordPress
 * WXR file), {@code backup} (a consistent copy of the running SQLite database through its online backup
 * API, plus the media folder, in one zip) and {@code restore} (a backup into an empty data directory).
 * PostgreSQL installations back up with {@code pg_dump}; {@code backup} says so and copies the media.
 */
package org.dossier.backup;
