package nl.wij.platform.security.impl;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import nl.wij.platform.api.security.LoginThrottledException;

/**
 * Throttles password guessing, in memory, per user name and per client address.
 * <p>
 * After {@code maxFailures} failed attempts for one key within {@code window}, the key is locked
 * for {@code firstLock}; every further failure while the episode lasts locks it again for twice as
 * long as the previous lock, at most {@code maxLock}. An attempt for a locked name or address is
 * refused before the password is checked. An episode ends when a whole {@code window} passed
 * without failure after the last failure or lock, or, for a name, with a successful login.
 * <p>
 * Thread-safe. The number of tracked keys is kept small by dropping finished episodes whenever
 * the table grows past {@value #PRUNE_THRESHOLD} keys.
 */
final class LoginThrottle {

    private static final int PRUNE_THRESHOLD = 10_000;
    /** Doubling beyond 2^20 times the first lock cannot matter: the cap is reached long before. */
    private static final int MAX_DOUBLINGS = 20;

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Duration firstLock;
    private final Duration maxLock;
    private final Map<String, Episode> names = new HashMap<>();
    private final Map<String, Episode> clients = new HashMap<>();

    LoginThrottle(Clock clock, int maxFailures, Duration window, Duration firstLock, Duration maxLock) {
        if (maxFailures < 1 || window.isNegative() || firstLock.isNegative() || maxLock.compareTo(firstLock) < 0) {
            throw new IllegalArgumentException("Invalid throttle settings");
        }
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
        this.firstLock = firstLock;
        this.maxLock = maxLock;
    }

    /** Throws when the name or the client is locked; the wait is the longer of the two. */
    synchronized void check(String name, String client) throws LoginThrottledException {
        Instant now = clock.instant();
        long wait = Math.max(remainingSeconds(names.get(name), now), remainingSeconds(clients.get(client), now));
        if (wait > 0) {
            throw new LoginThrottledException(wait);
        }
    }

    synchronized void failed(String name, String client) {
        Instant now = clock.instant();
        record(names, name, now);
        record(clients, client, now);
    }

    /** A successful login ends the name's episode; the client's failures still count. */
    synchronized void succeeded(String name) {
        names.remove(name);
    }

    private void record(Map<String, Episode> episodes, String key, Instant now) {
        if (episodes.size() > PRUNE_THRESHOLD) {
            episodes.values().removeIf(episode -> episode.isOver(now, window));
        }
        Episode episode = episodes.get(key);
        if (episode == null || episode.isOver(now, window)) {
            episode = new Episode();
            episodes.put(key, episode);
        }
        Instant windowStart = now.minus(window);
        while (!episode.failures.isEmpty() && !episode.failures.peekFirst().isAfter(windowStart)) {
            episode.failures.removeFirst();
        }
        episode.failures.addLast(now);
        episode.lastFailure = now;
        if (episode.locks > 0 || episode.failures.size() >= maxFailures) {
            Duration lock = firstLock.multipliedBy(1L << Math.min(episode.locks, MAX_DOUBLINGS));
            episode.lockedUntil = now.plus(lock.compareTo(maxLock) > 0 ? maxLock : lock);
            episode.locks++;
        }
    }

    private static long remainingSeconds(Episode episode, Instant now) {
        if (episode == null || !now.isBefore(episode.lockedUntil)) {
            return 0;
        }
        long millis = Duration.between(now, episode.lockedUntil).toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }

    /** The failures of one name or client since it was last quiet. */
    private static final class Episode {
        private final Deque<Instant> failures = new ArrayDeque<>();
        private Instant lastFailure = Instant.MIN;
        private Instant lockedUntil = Instant.MIN;
        private int locks;

        boolean isOver(Instant now, Duration window) {
            Instant lastActivity = lockedUntil.isAfter(lastFailure) ? lockedUntil : lastFailure;
            return !now.isBefore(lastActivity.plus(window));
        }
    }
}
