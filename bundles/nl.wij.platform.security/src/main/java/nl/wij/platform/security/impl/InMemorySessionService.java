package nl.wij.platform.security.impl;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.wij.platform.api.security.Account;
import nl.wij.platform.api.security.Session;
import nl.wij.platform.api.security.SessionService;

/**
 * Browser sessions, in memory (a restart logs everybody out). Ids and CSRF tokens are 256 random
 * bits each. A session ends after {@code idleMinutes} without use or {@code maxLifetimeMinutes}
 * after login, whichever comes first; ended sessions are removed when next looked up or when a
 * session is opened. Deleting an account closes its sessions.
 */
@Component(service = { SessionService.class, AccountRemovalListener.class })
@Designate(ocd = InMemorySessionService.Config.class)
public final class InMemorySessionService implements SessionService, AccountRemovalListener {

    @ObjectClassDefinition(name = "WIJ sessions", description = "Lifetime of browser login sessions.")
    public @interface Config {
        @AttributeDefinition(name = "Idle timeout (minutes)",
                description = "A session without requests for this long is closed.")
        int idleMinutes() default 30;

        @AttributeDefinition(name = "Maximum lifetime (minutes)",
                description = "A session is closed this long after login, even when in use.")
        int maxLifetimeMinutes() default 720;
    }

    private static final Logger LOG = LoggerFactory.getLogger(InMemorySessionService.class);
    private static final int ID_BYTES = 32;

    private final Clock clock;
    private final Duration idle;
    private final Duration lifetime;
    private final RandomIds ids;
    private final Map<String, Entry> sessions = new ConcurrentHashMap<>();

    @Activate
    public InMemorySessionService(Config config) {
        this(config, Clock.systemUTC());
    }

    InMemorySessionService(Config config, Clock clock) {
        this.clock = clock;
        this.idle = Duration.ofMinutes(config.idleMinutes());
        this.lifetime = Duration.ofMinutes(config.maxLifetimeMinutes());
        this.ids = new RandomIds(new SecureRandom());
        LOG.debug("Sessions: idle timeout {}, maximum lifetime {}", idle, lifetime);
    }

    @Override
    public Session open(Account account) {
        Instant now = clock.instant();
        sessions.values().removeIf(entry -> entry.hasEnded(now, idle));
        Session session = new Session(ids.next(ID_BYTES), account, ids.next(ID_BYTES));
        sessions.put(session.id(), new Entry(session, now, now.plus(lifetime)));
        return session;
    }

    @Override
    public Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Entry entry = sessions.get(id);
        if (entry == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (entry.hasEnded(now, idle)) {
            sessions.remove(id, entry);
            return Optional.empty();
        }
        entry.lastUsed = now;
        return Optional.of(entry.session);
    }

    @Override
    public void close(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }

    @Override
    public void accountRemoved(String name) {
        sessions.values().removeIf(entry -> entry.session.account().name().equals(name));
    }

    /** A session with its times; {@code lastUsed} is written by concurrent requests. */
    private static final class Entry {
        private final Session session;
        private final Instant expires;
        private volatile Instant lastUsed;

        Entry(Session session, Instant created, Instant expires) {
            this.session = session;
            this.lastUsed = created;
            this.expires = expires;
        }

        boolean hasEnded(Instant now, Duration idle) {
            return !now.isBefore(expires) || !now.isBefore(lastUsed.plus(idle));
        }
    }
}
