package nl.wij.core.editors.impl.command;

import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The command stacks of all users, in memory: one per account name, created on first use. The
 * stacks of the least recently active users are forgotten when there are more than
 * {@link Config#maxUsers()}.
 */
@Component(service = CommandStacks.class)
@Designate(ocd = CommandStacks.Config.class)
public final class CommandStacks {

    @ObjectClassDefinition(name = "WIJ model editors: undo/redo",
            description = "How much edit history each user keeps for undo and redo.")
    public @interface Config {
        @AttributeDefinition(name = "Depth", description = "How many edits one user can undo; older ones are forgotten.")
        int depth() default 100;

        @AttributeDefinition(name = "Users", description = "How many users' histories are kept in memory at most.")
        int maxUsers() default 1000;
    }

    private static final Logger LOG = LoggerFactory.getLogger(CommandStacks.class);

    private final int depth;
    private final Map<String, CommandStack> stacks;

    @Activate
    public CommandStacks(Config config) {
        this(config.depth(), config.maxUsers());
    }

    /** For tests and callers without configuration. */
    public CommandStacks(int depth, int maxUsers) {
        this.depth = Math.max(1, depth);
        int users = Math.max(1, maxUsers);
        this.stacks = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, CommandStack> eldest) {
                return size() > users;
            }
        };
        LOG.debug("Undo/redo: {} stappen per gebruiker, hoogstens {} gebruikers", this.depth, users);
    }

    /** The stack of this user. */
    public CommandStack of(String user) {
        synchronized (stacks) {
            return stacks.computeIfAbsent(user, u -> new CommandStack(depth));
        }
    }
}
