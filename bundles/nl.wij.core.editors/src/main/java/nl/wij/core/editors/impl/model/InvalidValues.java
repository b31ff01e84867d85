package nl.wij.core.editors.impl.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that cannot be stored: values that do not convert, or an object that does not pass
 * validation. Carries every finding, so the form can show each at its field; the message sums
 * them up for clients that only read {@code reason}.
 */
public final class InvalidValues extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Finding> findings;

    public InvalidValues(List<Finding> findings) {
        super(summary(findings), null, false, false);
        this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
        return findings;
    }

    private static String summary(List<Finding> findings) {
        List<Finding> errors = findings.stream().filter(Finding::isError).toList();
        String list = errors.stream().map(Finding::message).collect(Collectors.joining(" "));
        return (errors.size() == 1 ? "Controleer 1 veld: " : "Controleer " + errors.size() + " velden: ") + list;
    }
}
