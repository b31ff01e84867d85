package nl.wij.platform.security.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.wij.platform.api.security.Account;
import nl.wij.platform.api.security.Role;
import nl.wij.platform.api.security.Session;

class InMemorySessionServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T09:00:00Z"));
    private final InMemorySessionService sessions = new InMemorySessionService(
            Configs.defaults(InMemorySessionService.Config.class), clock);
    private final Account jan = new Account("jan", Set.of(Role.ANALIST));

    @Test
    void openedSessionIsFoundWithItsAccountAndCsrfToken() {
        Session session = sessions.open(jan);
        assertEquals(43, session.id().length(), "256 bits as base64url");
        assertEquals(43, session.csrfToken().length());
        assertTrue(session.id().matches("[A-Za-z0-9_-]+"));
        assertNotEquals(session.id(), session.csrfToken());
        assertNotEquals(session.id(), sessions.open(jan).id());
        assertEquals(Optional.of(session), sessions.find(session.id()));
        assertEquals(Optional.empty(), sessions.find("onbekend"));
        assertEquals(Optional.empty(), sessions.find(null));
    }

    @Test
    void sessionExpiresAfterThirtyIdleMinutes() {
        Session session = sessions.open(jan);
        clock.advance(Duration.ofMinutes(29));
        assertTrue(sessions.find(session.id()).isPresent());
        clock.advance(Duration.ofMinutes(29));
        assertTrue(sessions.find(session.id()).isPresent(), "every use extends the idle period");
        clock.advance(Duration.ofMinutes(30));
        assertEquals(Optional.empty(), sessions.find(session.id()));
        clock.advance(Duration.ofMinutes(-30));
        assertEquals(Optional.empty(), sessions.find(session.id()), "an expired session is removed");
    }

    @Test
    void sessionEndsAfterTwelveHoursEvenWhenUsed() {
        Session session = sessions.open(jan);
        for (int i = 0; i < 35; i++) {
            clock.advance(Duration.ofMinutes(20));
            assertTrue(sessions.find(session.id()).isPresent(), "after " + (i + 1) * 20 + " minutes");
        }
        clock.advance(Duration.ofMinutes(20));
        assertEquals(Optional.empty(), sessions.find(session.id()), "after 12 hours");
    }

    @Test
    void timeoutsAreConfigurable() {
        InMemorySessionService shortLived = new InMemorySessionService(
                Configs.of(InMemorySessionService.Config.class, Map.of("idleMinutes", 5)), clock);
        Session session = shortLived.open(jan);
        clock.advance(Duration.ofMinutes(5));
        assertEquals(Optional.empty(), shortLived.find(session.id()));
    }

    @Test
    void closeAndAccountRemovalEndSessions() {
        Session first = sessions.open(jan);
        Session second = sessions.open(jan);
        Session other = sessions.open(new Account("piet", Set.of()));
        sessions.close(first.id());
        assertEquals(Optional.empty(), sessions.find(first.id()));
        assertTrue(sessions.find(second.id()).isPresent());

        sessions.accountRemoved("jan");
        assertEquals(Optional.empty(), sessions.find(second.id()));
        assertTrue(sessions.find(other.id()).isPresent());
    }
}
