package nl.wij.core.imports.impl;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import nl.wij.core.imports.ImportReport;
import nl.wij.core.imports.ImportStatus;
import nl.wij.core.imports.ImportStatus.State;

/** The last imports of this service, newest first, with the state of the running one. Thread-safe. */
final class ImportLog {

    private final int capacity;
    private final Clock clock;
    private final Deque<Entry> entries = new ArrayDeque<>();
    private long lastId;

    ImportLog(int capacity, Clock clock) {
        this.capacity = Math.max(1, capacity);
        this.clock = clock;
    }

    /** Records a new import, waiting for its turn. */
    synchronized Entry start(String file, String user) {
        Entry entry = new Entry(++lastId, file, user, clock.instant());
        entries.addFirst(entry);
        while (entries.size() > capacity) {
            // Never drop a running import: the oldest entries are finished ones.
            entries.removeLast();
        }
        return entry;
    }

    synchronized List<ImportStatus> recent() {
        List<ImportStatus> list = new ArrayList<>(entries.size());
        entries.forEach(e -> list.add(e.status()));
        return list;
    }

    /** One import; its methods are called by the importing thread, {@link #status()} by anyone. */
    static final class Entry {
        private final long id;
        private final String file;
        private final String user;
        private final Instant started;
        private volatile State state = State.WACHT;
        private volatile long records;
        private volatile ImportReport report;
        private volatile String failure;

        private Entry(long id, String file, String user, Instant started) {
            this.id = id;
            this.file = file;
            this.user = user;
            this.started = started;
        }

        void running() {
            state = State.BEZIG;
        }

        void progress(long handled) {
            records = handled;
        }

        void finished(ImportReport done) {
            report = done;
            records = done.records();
            state = done.accepted() ? State.INGELEZEN : State.GEWEIGERD;
        }

        void failed(String reason) {
            failure = reason;
            state = State.MISLUKT;
        }

        ImportStatus status() {
            return new ImportStatus(id, file, user, started, state, records, report, failure);
        }
    }
}
