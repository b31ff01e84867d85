package nl.wij.platform.api.db;

/**
 * The state of the database as reported by {@code /api/health}.
 *
 * @param up whether a trivial query succeeded just now
 * @param product database product and version, e.g. {@code Apache Derby 10.16.1.1}
 * @param detail a short, non-sensitive description (location or the reason it is down)
 */
public record DatabaseStatus(boolean up, String product, String detail) {
}
