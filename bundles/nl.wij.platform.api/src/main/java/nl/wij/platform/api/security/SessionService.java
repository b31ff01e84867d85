package nl.wij.platform.api.security;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Browser login sessions. They expire after a period without use. */
@ProviderType
public interface SessionService {

    Session open(Account account);

    /** The live session with this id; touching it extends its life. */
    Optional<Session> find(String id);

    void close(String id);
}
