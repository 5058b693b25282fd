package fi.asiointipiste.routing.engine.analysis;

import fi.asiointipiste.routing.engine.feel.FeelValues;
import java.util.List;
import java.util.stream.Collectors;

/** All findings of one analysis; a table may be published when {@link #hasErrors()} is false. */
public record AnalysisReport(List<Finding> findings) {
    public AnalysisReport {
        findings = List.copyOf(findings);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR);
    }

    public List<Finding> errors() {
        return findings.stream()
                .filter(f -> f.severity() == Finding.Severity.ERROR)
                .toList();
    }

    public List<Finding> withCode(String code) {
        return findings.stream().filter(f -> f.code().equals(code)).toList();
    }

    /** One line per finding, example inputs as FEEL literals. */
    public String toText() {
        if (findings.isEmpty()) {
            return "OK: no errors or warnings\n";
        }
        StringBuilder sb = new StringBuilder();
        for (Finding f : findings) {
            sb.append(f.severity()).append(' ').append(f.code()).append(": ").append(f.message());
            if (!f.example().isEmpty()) {
                sb.append("\n    example: ")
                        .append(f.example().entrySet().stream()
                                .map(e -> e.getKey() + "=" + FeelValues.toFeel(e.getValue()))
                                .collect(Collectors.joining(", ")));
            }
            sb.append('\n');
        }
        long errors = errors().size();
        sb.append(errors).append(" error(s), ").append(findings.size() - errors).append(" warning(s)\n");
        return sb.toString();
    }
}
