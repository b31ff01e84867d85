package nl.wij.goab.web.impl;

import java.util.List;

import nl.wij.goab.logic.Bevinding;

/** A refused request: HTTP status, error code and Dutch reason (docs/http-api.md), optionally per field. */
final class ApiFout extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final transient List<Bevinding> bevindingen;

    ApiFout(int status, String code, String reden, List<Bevinding> bevindingen) {
        super(reden);
        this.status = status;
        this.code = code;
        this.bevindingen = List.copyOf(bevindingen);
    }

    static ApiFout ongeldig(String reden) {
        return new ApiFout(400, "bad_request", reden, List.of());
    }

    static ApiFout ongeldig(List<Bevinding> bevindingen) {
        return new ApiFout(400, "bad_request", String.join(" ", bevindingen.stream().map(Bevinding::bericht).toList()),
                bevindingen);
    }

    static ApiFout verboden(String reden) {
        return new ApiFout(403, "forbidden", reden, List.of());
    }

    static ApiFout nietGevonden(String reden) {
        return new ApiFout(404, "not_found", reden, List.of());
    }

    static ApiFout methode() {
        return new ApiFout(405, "method_not_allowed", "Deze methode wordt op dit adres niet ondersteund.", List.of());
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    List<Bevinding> bevindingen() {
        return bevindingen;
    }
}
