package nl.wij.workbench.export.impl;

/**
 * Escaping for the XML parts of an XLSX file. Characters XML 1.0 cannot carry (control
 * characters, lone surrogates) are written the way Office Open XML escapes them in text,
 * {@code _xHHHH_}; a literal {@code _xHHHH_} in the data is protected as {@code _x005F_xHHHH_},
 * so every string survives a round trip through Excel unchanged.
 */
final class Xml {

    private Xml() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '_' -> out.append(isEscapeSequence(text, i) ? "_x005F_" : "_");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (isXmlChar(c)) {
                        out.append(c);
                    } else {
                        out.append(String.format("_x%04X_", (int) c));
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean isXmlChar(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD);
    }

    /** Whether {@code _xHHHH_} starts at {@code i}. */
    private static boolean isEscapeSequence(String text, int i) {
        if (i + 7 > text.length() || text.charAt(i + 1) != 'x' || text.charAt(i + 6) != '_') {
            return false;
        }
        for (int k = i + 2; k < i + 6; k++) {
            if (Character.digit(text.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
