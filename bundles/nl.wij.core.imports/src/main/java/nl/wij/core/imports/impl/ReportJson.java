package nl.wij.core.imports.impl;

import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import nl.wij.core.importer.ImportProblem;
import nl.wij.core.imports.ClassCount;
import nl.wij.core.imports.ImportReport;
import nl.wij.core.imports.ImportStatus;

/** Reports and import states as the JSON of {@code /api/import} (docs/http-api.md). */
final class ReportJson {

    private ReportJson() {
    }

    static JsonObject report(ImportReport r) {
        JsonObject json = new JsonObject();
        json.addProperty("file", r.file());
        json.addProperty("user", r.user());
        json.addProperty("accepted", r.accepted());
        json.addProperty("kind", r.kind() == null ? null : r.kind().name());
        json.addProperty("kindLabel", r.kind() == null ? null : r.kind().label());
        json.addProperty("peildatum", r.peildatum() == null ? null : r.peildatum().toString());
        json.addProperty("encoding", r.encoding());
        json.addProperty("rows", r.rows());
        json.addProperty("records", r.records());
        json.addProperty("durationMs", r.duration().toMillis());
        JsonArray classes = new JsonArray();
        for (ClassCount c : r.classes()) {
            JsonObject count = new JsonObject();
            count.addProperty("eClass", c.eClass());
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
        json.addProperty("text", ReportText.of(r));
        return json;
    }

    static JsonObject status(ImportStatus s) {
        JsonObject json = new JsonObject();
        json.addProperty("id", s.id());
        json.addProperty("file", s.file());
        json.addProperty("user", s.user());
        json.addProperty("started", s.started().toString());
        json.addProperty("state", s.state().name());
        json.addProperty("records", s.records());
        json.add("report", s.report() == null ? null : report(s.report()));
        json.addProperty("failure", s.failure());
        return json;
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
