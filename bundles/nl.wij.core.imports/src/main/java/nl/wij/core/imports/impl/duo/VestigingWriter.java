package nl.wij.core.imports.impl.duo;

import java.util.List;

import org.eclipse.emf.common.util.EList;

import nl.wij.core.importer.RegioRecord;
import nl.wij.core.importer.VestigingRecord;
import nl.wij.core.model.CoreFactory;
import nl.wij.core.model.CorePackage;
import nl.wij.core.model.Gemeente;
import nl.wij.core.model.Onderwijssoort;
import nl.wij.core.model.Onderwijsstructuur;
import nl.wij.core.model.Regio;
import nl.wij.core.model.RegioType;
import nl.wij.core.model.Vestiging;

/**
 * A row of a vestigingen file onto a {@code Vestiging}, its {@code Instelling}, {@code Gemeente},
 * {@code BevoegdGezag}, and the gemeente's regio's with their memberships.
 * <p>
 * The file is the authority for everything it carries: name, address, gemeente, denominatie (and
 * with it {@code openbaar}), instelling and bestuur, and for vo the onderwijsstructuur; blank fields
 * clear the stored value. It is not an authority for what it does not carry: a po vestigingen file
 * has no soort, so the soort stays as the pupil counts set it, and it has no onderwijsstructuur, so
 * a stored one stays.
 */
final class VestigingWriter {

    private final CorePackage model;
    private final CoreFactory factory;
    private final ExistingObjects existing;
    private final SharedObjects shared;
    private final Values values;
    private final Remarks remarks;

    VestigingWriter(CorePackage model, ExistingObjects existing, SharedObjects shared, Values values, Remarks remarks) {
        this.model = model;
        this.factory = model.getCoreFactory();
        this.existing = existing;
        this.shared = shared;
        this.values = values;
        this.remarks = remarks;
    }

    Vestiging write(VestigingRecord r) {
        long line = r.line();
        Vestiging v = existing.find(model.getVestiging(), r.brin6());
        if (v == null) {
            v = factory.createVestiging();
            v.setBrin6(r.brin6());
        }
        v.setNaam(values.text(r.naam(), Values.MAX_TEXT, line, "VESTIGINGSNAAM"));
        v.setStraat(values.text(r.straat(), Values.MAX_TEXT, line, "STRAATNAAM"));
        v.setHuisnummer(values.text(r.huisnummer(), Values.MAX_TEXT, line, "HUISNUMMER-TOEVOEGING"));
        v.setPostcode(values.postcode(r.postcode(), line, "POSTCODE"));
        v.setPlaats(values.text(r.plaats(), Values.MAX_TEXT, line, "PLAATSNAAM"));
        v.setDenominatie(values.text(r.denominatie(), Values.MAX_TEXT, line, "DENOMINATIE"));
        v.setOpenbaar(Values.openbaar(r.denominatie()));
        Gemeente gemeente = shared.gemeente(r.gemeenteCode(),
                values.text(r.gemeenteNaam(), Values.MAX_TEXT, line, "GEMEENTENAAM"),
                values.text(r.provincie(), Values.MAX_TEXT, line, "PROVINCIE"));
        v.setGemeente(gemeente);
        v.setInstelling(shared.instelling(r.brin4(), r.bevoegdGezagNummer(), true, line));
        if (r.soort() != null) {
            v.setSoort(Onderwijssoort.get(r.soort()));
        }
        if ("vo".equals(r.soort())) {
            structuur(v.getOnderwijsstructuur(), r.onderwijsstructuur(), line);
        }
        for (RegioRecord regio : r.regios()) {
            Regio target = shared.regio(RegioType.get(regio.type().name()), regio.code(),
                    values.text(regio.naam(), Values.MAX_TEXT, line, regio.type().name()));
            shared.lidmaatschap(target, gemeente);
        }
        return v;
    }

    /** Replaces the list by the file's parts the model knows, in the file's order; warns about the others. */
    private void structuur(EList<Onderwijsstructuur> target, List<String> parts, long line) {
        target.clear();
        for (String part : parts) {
            Onderwijsstructuur known = Onderwijsstructuur.get(part);
            if (known == null) {
                remarks.warn(line, "ONDERWIJSSTRUCTUUR", "onderwijsstructuur '" + part + "' kent het model niet;"
                        + " weggelaten (bekend: PRO, VBO, MAVO, VMBO, HAVO, VWO, BRUGJAAR)", part);
            } else if (!target.contains(known)) {
                target.add(known);
            }
        }
    }
}
