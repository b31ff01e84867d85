package nl.wij.platform.security.impl;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import nl.wij.platform.api.security.LoginThrottledException;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T09:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock, 5, Duration.ofMinutes(15),
            Duration.ofSeconds(60), Duration.ofMinutes(15));

    private void fail(String name, String client, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(name, client);
            clock.advance(Duration.ofSeconds(1));
        }
    }

    private long lockedFor(String name, String client) {
        return assertThrows(LoginThrottledException.class, () -> throttle.check(name, client)).retryAfterSeconds();
    }

    @Test
    void fourFailuresDoNotLock() {
        fail("jan", "10.0.0.1", 4);
        assertDoesNotThrow(() -> throttle.check("jan", "10.0.0.1"));
    }

    @Test
    void fifthFailureLocksUntilTheLockExpires() {
        fail("jan", "10.0.0.1", 5);
        // one second passed since the fifth failure
        assertEquals(59, lockedFor("jan", "10.0.0.1"));
        assertEquals(59, lockedFor("jan", "10.0.0.2"), "the name is locked from any address");
        clock.advance(Duration.ofSeconds(58));
        assertEquals(1, lockedFor("jan", "10.0.0.9"));
        clock.advance(Duration.ofSeconds(1));
        assertDoesNotThrow(() -> throttle.check("jan", "10.0.0.9"));
    }

    @Test
    void eachFurtherFailureDoublesTheLockUpToFifteenMinutes() {
        fail("jan", "a", 5);
        long[] expected = { 120, 240, 480, 900, 900 };
        clock.advance(Duration.ofSeconds(60));
        for (long seconds : expected) {
            assertDoesNotThrow(() -> throttle.check("jan", "a"));
            throttle.failed("jan", "a");
            assertEquals(seconds, lockedFor("jan", "a"));
            clock.advance(Duration.ofSeconds(seconds));
        }
    }

    @Test
    void oneAddressIsLockedAcrossNames() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("naam" + i, "192.0.2.7");
        }
        assertEquals(60, lockedFor("iemand-anders", "192.0.2.7"));
        assertDoesNotThrow(() -> throttle.check("iemand-anders", "192.0.2.8"));
    }

    @Test
    void successClearsTheNameButNotTheAddress() {
        fail("jan", "a", 4);
        throttle.succeeded("jan");
        fail("jan", "b", 4);
        assertDoesNotThrow(() -> throttle.check("jan", "c"));
        throttle.failed("piet", "a");
        assertEquals(60, lockedFor("piet", "a"), "address a has five failures");
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        fail("jan", "a", 4);
        clock.advance(Duration.ofMinutes(15));
        throttle.failed("jan", "a");
        assertDoesNotThrow(() -> throttle.check("jan", "a"));
    }

    @Test
    void episodeEndsAfterAQuietWindowAfterTheLock() {
        fail("jan", "a", 5);
        clock.advance(Duration.ofSeconds(60));
        throttle.failed("jan", "a");
        assertEquals(120, lockedFor("jan", "a"));
        clock.advance(Duration.ofSeconds(120).plus(Duration.ofMinutes(15)));
        throttle.failed("jan", "a");
        assertDoesNotThrow(() -> throttle.check("jan", "a"), "a fresh episode needs five failures again");
    }
}
