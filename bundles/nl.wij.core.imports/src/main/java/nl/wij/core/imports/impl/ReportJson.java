package nl.wij.core.imports.impl;

import java.util.List;
import java.util.function.UnaryOperator;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import nl.wij.core.importer.ImportProblem;
import nl.wij.core.imports.ClassCount;
import nl.wij.core.imports.ImportKind;
import nl.wij.core.imports.ImportReport;
import nl.wij.core.imports.ImportStatus;

/**
 * Reports, import states and kinds as the JSON of {@code /api/import} (docs/http-api.md). A report's
 * kind is shown by its label, looked up by kind id ({@code labels}).
 */
final class ReportJson {

    private ReportJson() {
    }

    static JsonObject report(ImportReport r, UnaryOperator<String> labels) {
        String kindLabel = labels.apply(r.kind());
        JsonObject json = new JsonObject();
        json.addProperty("file", r.file());
        json.addProperty("user", r.user());
        json.addProperty("accepted", r.accepted());
        json.addProperty("kind", r.kind());
        json.addProperty("kindLabel", kindLabel);
        json.addProperty("peildatum", r.peildatum() == null ? null : r.peildatum().toString());
        json.addProperty("encoding", r.encoding());
        json.addProperty("rows", r.rows());
        json.addProperty("records", r.records());
        json.addProperty("durationMs", r.duration().toMillis());
        JsonArray classes = new JsonArray();
        for (ClassCount c : r.classes()) {
            JsonObject count = new JsonObject();
            count.addProperty("eClass", c.eClass());
            count.addProperty("label", c.label());
            count.addProperty("created", c.created());
            count.addProperty("updated", c.updated());
            count.addProperty("unchanged", c.unchanged());
            classes.add(count);
        }
        json.add("classes", classes);
        json.addProperty("created", r.created());
        json.addProperty("updated", r.updated());
        json.addProperty("unchanged", r.unchanged());
        json.add("problems", problems(r.problems()));
        json.addProperty("truncated", r.truncated());
        json.add("warnings", problems(r.warnings()));
        json.addProperty("text", ReportText.of(r, kindLabel));
        return json;
    }

    static JsonObject status(ImportStatus s, UnaryOperator<String> labels) {
        JsonObject json = new JsonObject();
        json.addProperty("id", s.id());
        json.addProperty("file", s.file());
        json.addProperty("user", s.user());
        json.addProperty("started", s.started().toString());
        json.addProperty("state", s.state().name());
        json.addProperty("records", s.records());
        json.add("report", s.report() == null ? null : report(s.report(), labels));
        json.addProperty("failure", s.failure());
        return json;
    }

    static JsonObject kinds(List<ImportKind> kinds) {
        JsonArray list = new JsonArray();
        for (ImportKind kind : kinds) {
            JsonObject json = new JsonObject();
            json.addProperty("id", kind.id());
            json.addProperty("label", kind.label());
            json.addProperty("description", kind.description());
            JsonArray extensions = new JsonArray();
            kind.extensions().forEach(extensions::add);
            json.add("extensions", extensions);
            list.add(json);
        }
        JsonObject body = new JsonObject();
        body.add("kinds", list);
        return body;
    }

    private static JsonArray problems(List<ImportProblem> problems) {
        JsonArray list = new JsonArray();
        for (ImportProblem p : problems) {
            JsonObject json = new JsonObject();
            json.addProperty("file", p.file());
            json.addProperty("line", p.line());
            json.addProperty("column", p.column());
            json.addProperty("columnNumber", p.columnNumber());
            json.addProperty("message", p.message());
            json.addProperty("value", p.value());
            json.addProperty("text", ReportText.located(p));
            list.add(json);
        }
        return list;
    }
}
