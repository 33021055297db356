/**
 * The server's database: an embedded H2 file in the data directory, its schema created and evolved
 * by Flyway migrations ({@code db/migration}). Hands out a {@link javax.sql.DataSource}; knows no
 * table. Must not import HTTP, signalling or room code.
 */
package org.vtp.server.store;
