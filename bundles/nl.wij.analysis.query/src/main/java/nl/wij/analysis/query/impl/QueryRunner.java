package nl.wij.analysis.query.impl;

import java.math.BigDecimal;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.wij.analysis.query.QueryException;
import nl.wij.analysis.query.QueryException.Outcome;
import nl.wij.analysis.query.QueryLogEntry;
import nl.wij.analysis.query.QueryResult;
import nl.wij.analysis.query.QueryService;
import nl.wij.core.views.ViewCatalog;
import nl.wij.platform.api.db.Database;

/**
 * The {@link QueryService}: each query runs on a worker thread, on its own read-only connection as
 * the catalog's reader (the database user with {@code SELECT} on the available views only), with
 * {@link Statement#setQueryTimeout} and {@link Statement#setMaxRows}. Cancelling interrupts the
 * worker; embedded Derby notices the interrupt at the same points where it checks the time limit
 * and stops the statement (SQLState 08000). Every query, run or refused, is logged.
 */
@Component(service = QueryService.class)
@Designate(ocd = QueryRunner.Config.class)
public final class QueryRunner implements QueryService {

    @ObjectClassDefinition(name = "WIJ zoekvragen van analisten", description = "Grenzen voor zoekvragen over de"
            + " analistencatalogus.")
    public @interface Config {
        @AttributeDefinition(name = "Maximum aantal rijen", description = "Meer rijen worden afgekapt (truncated).")
        int maxRows() default 10_000;

        @AttributeDefinition(name = "Tijdslimiet (seconden)", description = "Een zoekvraag die langer duurt wordt"
                + " gestopt.")
        int timeoutSeconds() default 30;

        @AttributeDefinition(name = "Gelijktijdige zoekvragen", description = "Zoveel zoekvragen lopen tegelijk;"
                + " daarboven wachten er hoogstens viermaal zoveel, de rest wordt geweigerd.")
        int concurrent() default 4;
    }

    private static final Logger LOG = LoggerFactory.getLogger(QueryRunner.class);
    private static final Pattern POSITION = Pattern.compile("line (\\d+), column (\\d+)");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final int MAX_TEXT = 32_000;

    private final Database database;
    private final ViewCatalog catalog;
    private final QueryLog log;
    private final Clock clock;
    private final int maxRows;
    private final int timeoutSeconds;
    private final ThreadPoolExecutor workers;
    private final Map<String, Running> running = new ConcurrentHashMap<>();

    @Activate
    public QueryRunner(Config config, @Reference(name = "database") Database database,
            @Reference(name = "catalog") ViewCatalog catalog) throws SQLException {
        this(database, catalog, config.maxRows(), config.timeoutSeconds(), config.concurrent(), Clock.systemUTC());
    }

    /** For tests. */
    public QueryRunner(Database database, ViewCatalog catalog, int maxRows, int timeoutSeconds, int concurrent,
            Clock clock) throws SQLException {
        this.database = database;
        this.catalog = catalog;
        this.log = new QueryLog(database);
        this.clock = clock;
        this.maxRows = Math.max(1, maxRows);
        this.timeoutSeconds = Math.max(1, timeoutSeconds);
        int threads = Math.max(1, concurrent);
        this.workers = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(threads * 4), r -> {
                    Thread t = new Thread(r, "wij-zoekvraag");
                    t.setDaemon(true);
                    return t;
                });
        try (Connection c = database.connect()) {
            AnalysisTables.ensure(c);
        }
        LOG.debug("Zoekvragen: hoogstens {} rijen, {} s, {} tegelijk", this.maxRows, this.timeoutSeconds, threads);
    }

    @Deactivate
    void deactivate() {
        workers.shutdownNow();
    }

    @Override
    public int maxRows() {
        return maxRows;
    }

    @Override
    public int timeoutSeconds() {
        return timeoutSeconds;
    }

    @Override
    public QueryResult run(String user, String sql, int requestedRows, String requestedId) {
        String id = requestedId == null || requestedId.isBlank() ? UUID.randomUUID().toString() : requestedId;
        Instant started = clock.instant();
        long start = System.nanoTime();
        try {
            if (!ID.matcher(id).matches()) {
                throw new QueryException(Outcome.REFUSED, "Een zoekvraag-id bestaat uit hoogstens 64 letters, cijfers,"
                        + " - en _.");
            }
            String statement = SqlGuard.check(sql);
            int limit = requestedRows <= 0 ? maxRows : Math.min(requestedRows, maxRows);
            QueryResult result = execute(id, user, statement, limit, start);
            log.write(new QueryLogEntry(id, started, user, sql, result.rows().size(), millis(start), "OK", ""));
            return result;
        } catch (QueryException e) {
            log.write(new QueryLogEntry(id, started, user, sql == null ? "" : sql, 0, millis(start),
                    e.outcome().name(), e.getMessage()));
            throw e;
        }
    }

    private QueryResult execute(String id, String user, String statement, int limit, long start) {
        String reader = catalog.reader();
        if (reader.isEmpty()) {
            throw new QueryException(Outcome.UNAVAILABLE, "De database dwingt geen leesrechten af; zoekvragen van"
                    + " analisten zijn daarom uitgeschakeld.");
        }
        Running task = new Running(user);
        if (running.putIfAbsent(id, task) != null) {
            throw new QueryException(Outcome.REFUSED, "Er loopt al een zoekvraag met id " + id + ".");
        }
        try {
            try {
                task.future = workers.submit(() -> fetch(reader, statement, limit));
            } catch (RejectedExecutionException e) {
                throw new QueryException(Outcome.UNAVAILABLE, "Er lopen te veel zoekvragen tegelijk; probeer het zo"
                        + " opnieuw.");
            }
            if (task.cancelled) {
                task.future.cancel(true);
            }
            Fetched fetched = task.future.get(timeoutSeconds + 30L, TimeUnit.SECONDS);
            return new QueryResult(id, fetched.columns, fetched.types, fetched.rows.size() > limit
                    ? fetched.rows.subList(0, limit) : fetched.rows, fetched.rows.size() > limit, limit, millis(start));
        } catch (CancellationException e) {
            throw cancelled();
        } catch (TimeoutException e) {
            task.future.cancel(true);
            throw timedOut();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            task.future.cancel(true);
            throw cancelled();
        } catch (ExecutionException e) {
            throw translate(e.getCause(), task.cancelled);
        } finally {
            running.remove(id);
        }
    }

    @Override
    public boolean cancel(String id, String user, boolean anyUser) {
        Running task = running.get(id);
        if (task == null || !(anyUser || task.user.equals(user))) {
            return false;
        }
        task.cancelled = true;
        Future<Fetched> future = task.future;
        if (future != null) {
            future.cancel(true);
        }
        LOG.info("Zoekvraag {} van {} geannuleerd door {}", id, task.user, user);
        return true;
    }

    @Override
    public List<QueryLogEntry> log(int limit) {
        try {
            return log.recent(limit);
        } catch (SQLException e) {
            throw new QueryException(Outcome.UNAVAILABLE, "Het logboek van zoekvragen is niet te lezen: "
                    + e.getMessage());
        }
    }

    private Fetched fetch(String reader, String statement, int limit) throws SQLException {
        try (Connection c = database.connectRestricted(reader); Statement s = c.createStatement()) {
            s.setQueryTimeout(timeoutSeconds);
            s.setMaxRows(limit + 1);
            s.setFetchSize(Math.min(limit + 1, 1000));
            try (ResultSet r = s.executeQuery(statement)) {
                ResultSetMetaData meta = r.getMetaData();
                Fetched f = new Fetched();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    f.columns.add(name(meta.getColumnLabel(i)));
                    f.types.add(meta.getColumnTypeName(i));
                }
                while (r.next()) {
                    if (Thread.interrupted()) {
                        throw new SQLException("interrupted", "08000");
                    }
                    List<Object> row = new ArrayList<>(f.columns.size());
                    for (int i = 1; i <= f.columns.size(); i++) {
                        row.add(value(r.getObject(i)));
                    }
                    f.rows.add(row);
                }
                return f;
            }
        }
    }

    /** Unquoted identifiers come back in upper case; analysts write and read them in lower case. */
    private static String name(String label) {
        return label.equals(label.toUpperCase(Locale.ROOT)) ? label.toLowerCase(Locale.ROOT) : label;
    }

    private static Object value(Object v) throws SQLException {
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (v instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime();
        }
        if (v instanceof java.sql.Time t) {
            return t.toLocalTime().toString();
        }
        if (v instanceof Short || v instanceof Byte) {
            return ((Number) v).intValue();
        }
        if (v instanceof Float f) {
            return f.doubleValue();
        }
        if (v instanceof Clob clob) {
            long length = clob.length();
            return clob.getSubString(1, (int) Math.min(length, MAX_TEXT));
        }
        if (v instanceof byte[] || v instanceof java.sql.Blob) {
            return "(binaire gegevens)";
        }
        if (v == null || v instanceof String || v instanceof Integer || v instanceof Long || v instanceof BigDecimal
                || v instanceof Double || v instanceof Boolean) {
            return v;
        }
        return v.toString();
    }

    private QueryException translate(Throwable cause, boolean cancelled) {
        if (!(cause instanceof SQLException e)) {
            LOG.error("Zoekvraag faalde onverwacht", cause);
            return new QueryException(Outcome.INVALID, "De zoekvraag faalde onverwacht: " + cause, null, null, null,
                    cause);
        }
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (cancelled || state.equals("08000")) {
            return cancelled();
        }
        if (state.equals("XCL52")) {
            return timedOut();
        }
        Integer line = null;
        Integer column = null;
        Matcher m = POSITION.matcher(e.getMessage() == null ? "" : e.getMessage());
        if (m.find()) {
            line = Integer.valueOf(m.group(1));
            column = Integer.valueOf(m.group(2));
        }
        String prefix;
        if (state.startsWith("425")) {
            prefix = "Alleen de views van de catalogus zijn te lezen; gegevens van de opslag zelf niet. ";
        } else if (state.startsWith("255")) {
            prefix = "Alleen lezen is toegestaan. ";
        } else {
            prefix = "De database weigert de zoekvraag"
                    + (line == null ? "" : " (regel " + line + ", kolom " + column + ")") + ": ";
        }
        return new QueryException(Outcome.INVALID, prefix + e.getMessage() + " (SQLState " + state + ")", state, line,
                column, e);
    }

    private QueryException timedOut() {
        return new QueryException(Outcome.TIMEOUT, "De zoekvraag duurde langer dan " + timeoutSeconds
                + " seconden en is gestopt. Maak haar kleiner (minder rijen, een filter) of vraag de beheerder om een"
                + " ruimere tijdslimiet.");
    }

    private static QueryException cancelled() {
        return new QueryException(Outcome.CANCELLED, "De zoekvraag is geannuleerd.");
    }

    private static long millis(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    /** A query in progress. */
    private static final class Running {
        final String user;
        volatile Future<Fetched> future;
        volatile boolean cancelled;

        Running(String user) {
            this.user = user;
        }
    }

    /** What the worker read. */
    private static final class Fetched {
        final List<String> columns = new ArrayList<>();
        final List<String> types = new ArrayList<>();
        final List<List<Object>> rows = new ArrayList<>();
    }
}
