package nl.wij.core.store.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Dynamic EPackages for the tests, built with {@link EcoreFactory}. {@link #core} mirrors the
 * shapes of the WIJ core model: natural-key iD attributes, single and many references, a
 * many-valued attribute, an enum, dates, nullable Integer, an abstract hierarchy root with
 * subclasses sharing one table, a containment with its container opposite, documentation.
 */
final class Models {

    static final String CORE = "http://wij.nl/test/core";
    static final EcoreFactory F = EcoreFactory.eINSTANCE;
    static final EcorePackage E = EcorePackage.eINSTANCE;

    private Models() {
    }

    /** Changes applied to the core model, to test migrations. */
    enum Variant {
        BASE,
        /** Additive: a new class, a new attribute, a new reference, a new many-valued attribute. */
        ADDITIVE,
        /** Additive: Regio gets its first subclass (KLASSE appears), Vestiging.naam gets longer. */
        SUBCLASS,
        /** Destructive: Vestiging.naam removed. */
        REMOVED_ATTRIBUTE,
        /** Destructive: Vestiging.naam renamed to titel. */
        RENAMED_ATTRIBUTE,
        /** Destructive: Leerlingtelling.aantal from Integer to String. */
        CHANGED_TYPE,
        /** Destructive: class Wijk removed. */
        REMOVED_CLASS,
        /** Destructive: Gemeente keyed by naam instead of code. */
        CHANGED_KEY
    }

    static EPackage core() {
        return core(Variant.BASE);
    }

    static EPackage core(Variant variant) {
        EPackage p = F.createEPackage();
        p.setName("core");
        p.setNsPrefix("core");
        p.setNsURI(CORE);
        doc(p, "Het gedeelde model van WIJ (test).");

        EEnum soort = F.createEEnum();
        soort.setName("Soort");
        for (String literal : new String[] {"bo", "sbo", "so", "vso", "vo"}) {
            EEnumLiteral l = F.createEEnumLiteral();
            l.setName(literal.toUpperCase());
            l.setLiteral(literal);
            l.setValue(soort.getELiterals().size());
            soort.getELiterals().add(l);
        }
        doc(soort, "Soort onderwijs.");
        p.getEClassifiers().add(soort);

        EClass gemeente = eClass(p, "Gemeente", "Een Nederlandse gemeente, met CBS-code.");
        EAttribute code = attribute(gemeente, "code", E.getEString(), variant != Variant.CHANGED_KEY, "CBS-code, bv. GM0114.");
        attribute(gemeente, "naam", E.getEString(), variant == Variant.CHANGED_KEY, "Naam van de gemeente.");
        hint(code, "length", "6");

        EClass wijk = null;
        if (variant != Variant.REMOVED_CLASS) {
            wijk = eClass(p, "Wijk", "Een wijk van een gemeente (CBS).");
            attribute(wijk, "code", E.getEString(), true, "CBS-wijkcode.");
            attribute(wijk, "naam", E.getEString(), false, null);
            EReference wijken = reference(gemeente, "wijken", wijk, true, "De wijken van de gemeente.");
            wijken.setContainment(true);
            EReference container = reference(wijk, "gemeente", gemeente, false, "De gemeente van de wijk.");
            wijken.setEOpposite(container);
            container.setEOpposite(wijken);
        }

        EClass organisatie = eClass(p, "Organisatie", "Een partner van de gemeente.");
        organisatie.setAbstract(true);
        attribute(organisatie, "code", E.getEString(), true, "Code van de organisatie.");
        attribute(organisatie, "naam", E.getEString(), false, "Naam.");
        EClass bestuur = eClass(p, "Bestuur", "Bevoegd gezag van scholen.");
        bestuur.getESuperTypes().add(organisatie);
        attribute(bestuur, "bevoegdGezagNummer", E.getEInt(), false, "Nummer bij DUO.");
        EClass houder = eClass(p, "KinderopvangHouder", "Houder van kinderopvang.");
        houder.getESuperTypes().add(organisatie);
        attribute(houder, "lrkNummer", E.getEString(), false, "Nummer in het Landelijk Register Kinderopvang.");
        EClass locatie = eClass(p, "KinderopvangLocatie", "Locatie van kinderopvang.");
        locatie.getESuperTypes().add(organisatie);
        attribute(locatie, "lrkNummer", E.getEString(), false, "Nummer in het Landelijk Register Kinderopvang.");
        reference(locatie, "houder", houder, false, "De houder van de locatie.");
        attribute(locatie, "kindplaatsen", E.getEIntegerObject(), false, null);

        EClass regio = eClass(p, "Regio", "Een samenwerkingsregio van gemeenten.");
        attribute(regio, "code", E.getEString(), true, null);
        attribute(regio, "naam", E.getEString(), false, null);
        reference(regio, "contactgemeente", gemeente, false, "De contactgemeente, waar de wet er een kent.");
        reference(regio, "leden", gemeente, true, "De gemeenten in de regio.");

        EClass vestiging = eClass(p, "Vestiging", "Een schoolvestiging (BRIN6).");
        attribute(vestiging, "brin6", E.getEString(), true, "BRIN-nummer met volgnummer, bv. 16AH00.");
        if (variant == Variant.RENAMED_ATTRIBUTE) {
            attribute(vestiging, "titel", E.getEString(), false, "Naam van de vestiging.");
        } else if (variant != Variant.REMOVED_ATTRIBUTE) {
            attribute(vestiging, "naam", E.getEString(), false, "Naam van de vestiging.");
        }
        reference(vestiging, "gemeente", gemeente, false, "Gemeente van de vestiging.");
        reference(vestiging, "bestuur", bestuur, false, "Het bevoegd gezag.");
        reference(vestiging, "hoofdvestiging", vestiging, false, "De hoofdvestiging, als dit een nevenvestiging is.");
        EAttribute s = attribute(vestiging, "soort", soort, false, "Soort onderwijs.");
        s.setDefaultValue(null);
        EAttribute types = attribute(vestiging, "onderwijstypen", E.getEString(), false, "Onderwijstypen (vo).");
        types.setUpperBound(-1);
        attribute(vestiging, "geopend", E.getEDate(), false, "Datum van opening.");
        hint(attribute(vestiging, "bijgewerkt", E.getEDate(), false, "Laatste wijziging bij DUO."), "temporal",
                "timestamp");
        attribute(vestiging, "leerlingen", E.getEIntegerObject(), false, "Aantal leerlingen, leeg als onbekend.");
        attribute(vestiging, "bvo", E.getEDouble(), false, "Bruto vloeroppervlak in m2.");
        attribute(vestiging, "actief", E.getEBoolean(), false, null);
        attribute(vestiging, "bekostiging", E.getEBigDecimal(), false, "Bekostiging in euro.");
        attribute(vestiging, "peil", E.getELong(), false, null);
        hint(attribute(vestiging, "toelichting", E.getEString(), false, "Vrije tekst."), "clob", "true");

        EClass telling = eClass(p, "Leerlingtelling", "Leerlingen van een vestiging op een peildatum.");
        attribute(telling, "sleutel", E.getEString(), true, "brin6/peildatum/soort/onderwijstype/leerjaar.");
        reference(telling, "vestiging", vestiging, false, "De getelde vestiging.");
        attribute(telling, "peildatum", E.getEDate(), false, "Peildatum (1 oktober).");
        attribute(telling, "aantal", variant == Variant.CHANGED_TYPE ? E.getEString() : E.getEIntegerObject(), false,
                "Aantal leerlingen; leeg als onderdrukt.");
        attribute(telling, "onderdrukt", E.getEBoolean(), false, "DUO meldt <5.");
        attribute(telling, "leerjaar", E.getEIntegerObject(), false, null);

        if (variant == Variant.SUBCLASS) {
            EClass rmc = eClass(p, "RmcRegio", "Een RMC-regio.");
            rmc.getESuperTypes().add(regio);
            attribute(rmc, "rmcNummer", E.getEIntegerObject(), false, null);
            hint((EAttribute) vestiging.getEStructuralFeature("naam"), "length", "2000");
        }
        if (variant == Variant.ADDITIVE) {
            EClass schooljaar = eClass(p, "Schooljaar", "Een schooljaar (1 augustus - 31 juli).");
            attribute(schooljaar, "code", E.getEString(), true, null);
            attribute(schooljaar, "begin", E.getEDate(), false, null);
            attribute(vestiging, "postcode", E.getEString(), false, "Postcode.");
            reference(vestiging, "schooljaar", schooljaar, false, null);
            EAttribute tags = attribute(gemeente, "labels", E.getEString(), false, null);
            tags.setUpperBound(-1);
        }
        return p;
    }

    /** A second package that refers to the core package (like a domain module). */
    static EPackage ihp(EPackage core) {
        EPackage p = F.createEPackage();
        p.setName("ihp");
        p.setNsPrefix("ihp");
        p.setNsURI("http://wij.nl/test/ihp");
        EClass gebouw = eClass(p, "Gebouw", "Een schoolgebouw.");
        attribute(gebouw, "id", E.getEString(), true, null);
        attribute(gebouw, "bouwjaar", E.getEInt(), false, null);
        reference(gebouw, "vestiging", (EClass) core.getEClassifier("Vestiging"), false, null);
        reference(gebouw, "gebruikers", (EClass) core.getEClassifier("Vestiging"), true, null);
        return p;
    }

    static EClass eClass(EPackage p, String name, String documentation) {
        EClass c = F.createEClass();
        c.setName(name);
        doc(c, documentation);
        p.getEClassifiers().add(c);
        return c;
    }

    static EAttribute attribute(EClass c, String name, EDataType type, boolean id, String documentation) {
        EAttribute a = F.createEAttribute();
        a.setName(name);
        a.setEType(type);
        a.setID(id);
        doc(a, documentation);
        c.getEStructuralFeatures().add(a);
        return a;
    }

    static EReference reference(EClass c, String name, EClass type, boolean many, String documentation) {
        EReference r = F.createEReference();
        r.setName(name);
        r.setEType(type);
        r.setUpperBound(many ? -1 : 1);
        doc(r, documentation);
        c.getEStructuralFeatures().add(r);
        return r;
    }

    static <T extends org.eclipse.emf.ecore.EModelElement> T hint(T element, String key, String value) {
        org.eclipse.emf.ecore.EAnnotation a = element.getEAnnotation(TypeMapper.SOURCE);
        if (a == null) {
            a = F.createEAnnotation();
            a.setSource(TypeMapper.SOURCE);
            element.getEAnnotations().add(a);
        }
        a.getDetails().put(key, value);
        return element;
    }

    private static void doc(org.eclipse.emf.ecore.EModelElement e, String text) {
        if (text != null) {
            EcoreUtil.setDocumentation(e, text);
        }
    }

    /** A new object of the package's class with these features (name, value pairs). */
    static EObject create(EPackage p, String eClass, Object... values) {
        EClassifier classifier = p.getEClassifier(eClass);
        EObject o = EcoreUtil.create((EClass) classifier);
        for (int i = 0; i < values.length; i += 2) {
            EStructuralFeature f = o.eClass().getEStructuralFeature((String) values[i]);
            if (f == null) {
                throw new IllegalArgumentException(eClass + " has no " + values[i]);
            }
            Object v = values[i + 1];
            if (f.getEType() instanceof EEnum e && v instanceof String literal) {
                v = e.getEEnumLiteralByLiteral(literal);
            }
            if (f.isMany()) {
                @SuppressWarnings("unchecked")
                java.util.List<Object> list = (java.util.List<Object>) o.eGet(f);
                list.addAll((java.util.Collection<?>) v);
            } else {
                o.eSet(f, v);
            }
        }
        return o;
    }
}
