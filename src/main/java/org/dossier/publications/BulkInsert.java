package org.dossier.publications;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLExceptionSubclassTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;

/**
 * Writes a batch of new publications (an import's, the demo content's) in the caller's transaction
 * with statements prepared once for the whole batch. Through {@code JdbcClient} every row cost five
 * statements prepared afresh (SQLite compiles each one), which made up about a third of the
 * import's writer thread on long speeches; here a row costs five executions of ready statements.
 * Single saves use it too (a batch of one), so the insert is written once.
 */
final class BulkInsert implements AutoCloseable {

    private static final String IDENTIFY = """
            SELECT id, section_id, slug, status, published_at, created_at FROM publications WHERE external_id = ?""";
    private static final String SLUG_TAKEN = "SELECT 1 FROM publications WHERE section_id = ? AND slug = ?";
    private static final String INSERT = """
            INSERT INTO publications (section_id, type_id, slug, title, subtitle, summary, body_md, body_html, status,
              published_at, updated_at, created_at, reading_minutes, image_url, image_alt, image_caption,
              image_credit, image_licence, event_start, event_end, event_location, external_id, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
            RETURNING id""";
    private static final String AUTHOR = "INSERT INTO publication_authors (publication_id, expert_id, position) VALUES (?, ?, ?)";
    private static final String ATTACHMENT = """
            INSERT INTO attachments (publication_id, title, url, media_type, size_bytes, position)
            VALUES (?, ?, ?, ?, ?, ?)""";

    private final DataSource dataSource;
    private final Connection connection;
    private final SQLExceptionTranslator translator;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    BulkInsert(DataSource dataSource) {
        this.dataSource = dataSource;
        this.connection = DataSourceUtils.getConnection(dataSource);
        this.translator = new SQLExceptionSubclassTranslator();
    }

    /** The row with this external id, if there is one. */
    Optional<PublicationStore.Identity> identify(String externalId) {
        if (externalId == null) {
            return Optional.empty();
        }
        return run(IDENTIFY, ps -> {
            ps.setString(1, externalId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new PublicationStore.Identity(rs.getLong(1), rs.getLong(2),
                        rs.getString(3), Status.fromDb(rs.getString(4)), PublicationRepository.instant(rs, "published_at"),
                        PublicationRepository.instant(rs, "created_at"))) : Optional.empty();
            }
        });
    }

    boolean slugTaken(long sectionId, String slug) {
        return run(SLUG_TAKEN, ps -> {
            ps.setLong(1, sectionId);
            ps.setString(2, slug);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    /** Inserts the row and its links; answers its id. */
    long insert(PublicationStore.Row row) {
        long id = run(INSERT, ps -> {
            bind(ps, row);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        links(id, row.in());
        return id;
    }

    /** Links authors, terms and attachments to a publication that has none. */
    void links(long id, PublicationInput in) {
        int position = 0;
        for (long expert : in.authorIds().stream().distinct().toList()) {
            execute(AUTHOR, id, expert, (long) position++);
        }
        link("publication_topics", "topic_id", id, in.topicIds());
        link("publication_regions", "region_id", id, in.regionIds());
        link("publication_tags", "tag_id", id, in.tagIds());
        position = 0;
        for (AttachmentInput a : in.attachments()) {
            int at = position++;
            run(ATTACHMENT, ps -> {
                ps.setLong(1, id);
                ps.setString(2, a.title());
                ps.setString(3, a.url());
                ps.setString(4, a.mediaType() == null ? "application/pdf" : a.mediaType());
                set(ps, 5, a.sizeBytes(), Types.BIGINT);
                ps.setLong(6, at);
                return ps.executeUpdate();
            });
        }
    }

    private void link(String table, String column, long id, List<Long> termIds) {
        String sql = "INSERT INTO " + table + " (publication_id, " + column + ") VALUES (?, ?)";
        for (long term : termIds.stream().distinct().toList()) {
            execute(sql, id, term, null);
        }
    }

    private void execute(String sql, long a, long b, Long c) {
        run(sql, ps -> {
            ps.setLong(1, a);
            ps.setLong(2, b);
            if (c != null) {
                ps.setLong(3, c);
            }
            return ps.executeUpdate();
        });
    }

    /** SQL types of {@link #INSERT}'s parameters, for the nulls among them. */
    private static final int[] TYPES = {Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.BIGINT, Types.BIGINT,
            Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT,
            Types.BIGINT, Types.VARCHAR, Types.VARCHAR};

    /**
     * Binds a row through one loop over its values: with a setter call per column the JIT compiled
     * twenty-two inlined copies of the driver's binding code into one method (50 KB, the largest
     * compilation of an import, and one that finished only as the import did).
     */
    private static void bind(PreparedStatement ps, PublicationStore.Row row) throws SQLException {
        PublicationInput in = row.in();
        FeaturedImage image = in.image() == null ? new FeaturedImage(null, null, null, null, null) : in.image();
        EventDetails event = in.event();
        Object[] values = {in.sectionId(), in.typeId(), row.slug(), in.title(),
                in.subtitle() == null || in.subtitle().isBlank() ? null : in.subtitle(), row.summary(),
                in.bodyMd() == null ? "" : in.bodyMd(), row.bodyHtml(), row.status().db(), millis(row.publishedAt()),
                millis(row.updatedAt()), millis(row.createdAt()), row.readingMinutes(), image.url(),
                orEmpty(image.alt()), orEmpty(image.caption()), orEmpty(image.credit()), orEmpty(image.licence()),
                event == null ? null : millis(event.start()), event == null ? null : millis(event.end()),
                event == null ? null : event.location(), in.externalId()};
        for (int i = 0; i < values.length; i++) {
            set(ps, i + 1, values[i], TYPES[i]);
        }
    }

    private static void set(PreparedStatement ps, int index, Object value, int type) throws SQLException {
        if (value == null) {
            ps.setNull(index, type);
        } else if (value instanceof String text) {
            ps.setString(index, text);
        } else if (value instanceof Integer number) {
            ps.setInt(index, number);
        } else {
            ps.setLong(index, (Long) value);
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    private interface Work<T> {
        T on(PreparedStatement ps) throws SQLException;
    }

    private <T> T run(String sql, Work<T> work) {
        try {
            PreparedStatement ps = statements.get(sql);
            if (ps == null) {
                ps = connection.prepareStatement(sql);
                statements.put(sql, ps);
            }
            return work.on(ps);
        } catch (SQLException e) {
            DataAccessException translated = translator.translate("bulk insert of publications", sql, e);
            throw translated != null ? translated : new UncategorizedSQLException("bulk insert of publications", sql, e);
        }
    }

    @Override
    public void close() {
        for (PreparedStatement ps : statements.values()) {
            try {
                ps.close();
            } catch (SQLException e) {
                // closing a statement of a connection that goes back to the pool: nothing to save
            }
        }
        DataSourceUtils.releaseConnection(connection, dataSource);
    }
}
