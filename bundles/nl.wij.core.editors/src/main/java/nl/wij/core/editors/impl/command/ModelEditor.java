package nl.wij.core.editors.impl.command;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonObject;

import nl.wij.core.editors.impl.model.Finding;
import nl.wij.core.editors.impl.model.InvalidValues;
import nl.wij.core.editors.impl.model.JsonValues;
import nl.wij.core.editors.impl.model.Labels;
import nl.wij.core.editors.impl.model.Metamodel;
import nl.wij.core.editors.impl.model.ModelRegistry;
import nl.wij.core.store.AuditEntry;
import nl.wij.core.store.ModelStore;
import nl.wij.core.store.StoreException;
import nl.wij.core.store.StoreSession;

/**
 * Every edit of the generic editors, as a command: create, change features, delete, and the undo
 * and redo of those. Each runs in one store write (audited by the store: who, when, which object,
 * old and new value per feature), is validated first with the EValidator services, and is pushed
 * on the user's {@link CommandStack}; see there for why this is not EMF.Edit's command stack.
 * Interested parts of the bundle hear about every committed change ({@link ModelChangeListener}).
 */
@Component(service = ModelEditor.class)
public final class ModelEditor {

    private static final Logger LOG = LoggerFactory.getLogger(ModelEditor.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm").withZone(ZoneId.systemDefault());

    private final ModelStore store;
    private final ModelRegistry registry;
    private final CommandStacks stacks;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<ModelChangeListener> listeners = List.of();

    /** The answer of an edit, undo or redo. */
    public record Edited(String eClass, String key, EObject object, boolean changed, List<Finding> findings,
            String command) {
    }

    @Activate
    public ModelEditor(@Reference ModelStore store, @Reference ModelRegistry registry, @Reference CommandStacks stacks) {
        this.store = store;
        this.registry = registry;
        this.stacks = stacks;
    }

    /** For tests: the listeners a framework would inject. */
    public ModelEditor(ModelStore store, ModelRegistry registry, CommandStacks stacks, List<ModelChangeListener> listeners) {
        this(store, registry, stacks);
        this.listeners = List.copyOf(listeners);
    }

    // ------------------------------------------------------------------ edits

    /** Creates an object of {@code eClass} from the given values. */
    public Edited create(String user, EClass eClass, JsonObject values) {
        Edited edited = stacks.of(user).execute(() -> translated(() -> store.write(user, session -> {
            Metamodel metamodel = registry.current();
            if (eClass.isAbstract() || eClass.isInterface()) {
                List<String> concrete = metamodel.concreteSubtypes(eClass).stream().map(Labels::label).toList();
                throw new EditorException(EditorException.Kind.BAD_REQUEST, "Van " + Labels.label(eClass)
                        + " kunnen geen objecten worden gemaakt; kies een van: " + String.join(", ", concrete) + ".");
            }
            EObject object = EcoreUtil.create(eClass);
            JsonValues.apply(object, values, session::get, true);
            String key = Labels.key(object);
            if (key == null || key.isBlank()) {
                EStructuralFeature id = eClass.getEIDAttribute();
                throw new InvalidValues(List.of(Finding.error(id, Labels.label(id) + " is verplicht; het is de sleutel.")));
            }
            if (session.get(metamodel.keyRoot(eClass), key).isPresent()) {
                throw new EditorException(EditorException.Kind.CONFLICT, "Er is al een " + Labels.label(eClass).toLowerCase(Locale.ROOT)
                        + " met " + Labels.label(eClass.getEIDAttribute()) + " '" + key + "'.");
            }
            List<Finding> findings = metamodel.validator().validate(object);
            refuseErrors(findings, Set.of());
            session.save(object);
            EObject saved = reread(session, metamodel, object, key);
            ModelCommand command = new ModelCommand("Nieuw: " + Labels.label(eClass) + " " + Labels.label(saved),
                    List.of(new Change(Metamodel.name(eClass), key, null, JsonValues.snapshot(saved))));
            return new CommandStack.Outcome<>(new Edited(Metamodel.name(eClass), key, saved, true, findings,
                    command.label()), command);
        })));
        committed(edited);
        return edited;
    }

    /**
     * Changes the features named in {@code values}. Validation refuses errors this edit introduces;
     * errors the object already had in features it does not touch are reported, not refused, so
     * imported data with a flaw elsewhere can still be corrected one field at a time.
     */
    public Edited update(String user, EClass eClass, String key, JsonObject values) {
        Edited edited = stacks.of(user).execute(() -> translated(() -> store.write(user, session -> {
            Metamodel metamodel = registry.current();
            EObject object = find(session, eClass, key);
            List<EStructuralFeature> named = named(object, values);
            Set<String> errorsBefore = errorKeys(metamodel.validator().validate(EcoreUtil.copy(object)));
            JsonObject before = JsonValues.snapshot(object, named);
            String labelBefore = Labels.label(object.eClass()) + " " + Labels.label(object);
            JsonValues.apply(object, values, session::get, false);
            JsonObject after = JsonValues.snapshot(object, named);
            List<String> changedLabels = new ArrayList<>();
            for (EStructuralFeature f : named) {
                if (before.get(f.getName()).equals(after.get(f.getName()))) {
                    before.remove(f.getName());
                    after.remove(f.getName());
                } else {
                    changedLabels.add(Labels.label(f));
                }
            }
            List<Finding> findings = metamodel.validator().validate(object);
            if (changedLabels.isEmpty()) {
                return new CommandStack.Outcome<>(new Edited(Metamodel.name(object.eClass()), key, object, false,
                        findings, null), null);
            }
            refuseErrors(findings, errorsBefore);
            session.save(object);
            EObject saved = reread(session, metamodel, object, key);
            JsonObject stored = JsonValues.snapshot(saved, named);
            for (String name : after.keySet()) {
                after.add(name, stored.get(name));
            }
            ModelCommand command = new ModelCommand(labelBefore + " wijzigen: " + String.join(", ", changedLabels),
                    List.of(new Change(Metamodel.name(object.eClass()), key, before, after)));
            return new CommandStack.Outcome<>(new Edited(Metamodel.name(object.eClass()), key, saved, true, findings,
                    command.label()), command);
        })));
        committed(edited);
        return edited;
    }

    /** Deletes an object; refused (409, the store's reason) while other objects refer to it. */
    public Edited delete(String user, EClass eClass, String key) {
        Edited edited = stacks.of(user).execute(() -> translated(() -> store.write(user, session -> {
            EObject object = find(session, eClass, key);
            JsonObject before = JsonValues.snapshot(object);
            String label = Labels.label(object.eClass()) + " " + Labels.label(object);
            session.delete(object.eClass(), key);
            ModelCommand command = new ModelCommand(label + " verwijderen",
                    List.of(new Change(Metamodel.name(object.eClass()), key, before, null)));
            return new CommandStack.Outcome<>(new Edited(Metamodel.name(object.eClass()), key, null, true, List.of(),
                    command.label()), command);
        })));
        committed(edited);
        return edited;
    }

    /**
     * Checks values without saving: converts them onto a copy of the stored object (or a new
     * object when {@code key} is null) and validates it. Findings of conversion and validation
     * both come back, each with its feature.
     */
    public Checked validate(EClass eClass, String key, JsonObject values) {
        return translated(() -> store.read(session -> {
            Metamodel metamodel = registry.current();
            EObject object;
            Set<String> tolerated = Set.of();
            if (key == null) {
                if (eClass.isAbstract() || eClass.isInterface()) {
                    throw new EditorException(EditorException.Kind.BAD_REQUEST, "Van " + Labels.label(eClass)
                            + " kunnen geen objecten worden gemaakt.");
                }
                object = EcoreUtil.create(eClass);
            } else {
                object = find(session, eClass, key);
                tolerated = errorKeys(metamodel.validator().validate(EcoreUtil.copy(object)));
            }
            try {
                JsonValues.apply(object, values, session::get, key == null);
            } catch (InvalidValues e) {
                return new Checked(e.findings(), e.findings());
            }
            List<Finding> findings = metamodel.validator().validate(object);
            return new Checked(findings, blocking(findings, tolerated));
        }));
    }

    /**
     * The findings of a check and those among them that would refuse a save: errors, except the
     * ones the stored object already had (see {@link #update}).
     */
    public record Checked(List<Finding> findings, List<Finding> blocking) {
    }

    // ------------------------------------------------------------------ undo and redo

    /** Undoes the user's newest edit, as a new audited write. */
    public Edited undo(String user) {
        Edited edited = stacks.of(user).undo(command -> replay(user, command, command.undoChanges(), "Ongedaan gemaakt: "));
        committed(edited);
        return edited;
    }

    /** Redoes the edit the user undid last, as a new audited write. */
    public Edited redo(String user) {
        Edited edited = stacks.of(user).redo(command -> replay(user, command, command.changes(), "Opnieuw gedaan: "));
        committed(edited);
        return edited;
    }

    public CommandStack.State commands(String user) {
        return stacks.of(user).state();
    }

    private Edited replay(String user, ModelCommand command, List<Change> changes, String prefix) {
        try {
            return translated(() -> store.write(user, session -> {
                Metamodel metamodel = registry.current();
                EObject last = null;
                Change lastChange = null;
                for (Change change : changes) {
                    last = ChangeApplier.apply(session, metamodel, change);
                    lastChange = change;
                }
                return new Edited(lastChange.eClass(), lastChange.key(), last, true, List.of(), prefix + command.label());
            }));
        } catch (StaleChange e) {
            throw new StaleChange(e.eClass(), e.key(), e.getMessage() + lastChangeBy(e) + " Deze stap is daarom uit de"
                    + " geschiedenis gehaald; de gegevens zijn niet aangepast.");
        }
    }

    /** " Laatste wijziging: piet op 23-11-2026 14:02." from the audit trail, or nothing. */
    private String lastChangeBy(StaleChange e) {
        try {
            EClass eClass = registry.current().eClass(e.eClass()).orElse(null);
            if (eClass == null) {
                return "";
            }
            List<AuditEntry> trail = store.auditTrail(eClass, e.key());
            if (trail.isEmpty()) {
                return "";
            }
            AuditEntry last = trail.get(trail.size() - 1);
            return " Laatste wijziging: " + last.user() + " op " + WHEN.format(last.timestamp()) + ".";
        } catch (RuntimeException ignored) {
            return "";
        }
    }

    // ------------------------------------------------------------------ helpers

    /**
     * The object as the store holds it after a save (the snapshot for undo must describe what is
     * stored, including any normalisation by the store, not what was sent).
     */
    private static EObject reread(StoreSession session, Metamodel metamodel, EObject saved, String key) {
        return session.get(metamodel.keyRoot(saved.eClass()), key).orElse(saved);
    }

    private static EObject find(StoreSession session, EClass eClass, String key) {
        return session.get(eClass, key).orElseThrow(() -> new EditorException(EditorException.Kind.NOT_FOUND,
                "Er is geen " + Labels.label(eClass).toLowerCase(Locale.ROOT) + " met sleutel '" + key + "' (meer)."));
    }

    private static List<EStructuralFeature> named(EObject object, JsonObject values) {
        List<EStructuralFeature> features = new ArrayList<>();
        for (String name : values.keySet()) {
            EStructuralFeature f = object.eClass().getEStructuralFeature(name);
            if (f != null && JsonValues.features(object.eClass()).contains(f)) {
                features.add(f);
            }
        }
        return features;
    }

    private static Set<String> errorKeys(List<Finding> findings) {
        Set<String> keys = new HashSet<>();
        findings.stream().filter(Finding::isError).forEach(f -> keys.add(errorKey(f)));
        return keys;
    }

    private static String errorKey(Finding finding) {
        return (finding.feature() == null ? "" : finding.feature().getName()) + "|" + finding.message();
    }

    private static List<Finding> blocking(List<Finding> findings, Set<String> tolerated) {
        return findings.stream().filter(Finding::isError).filter(f -> !tolerated.contains(errorKey(f))).toList();
    }

    private static void refuseErrors(List<Finding> findings, Set<String> tolerated) {
        List<Finding> blocking = blocking(findings, tolerated);
        if (!blocking.isEmpty()) {
            throw new InvalidValues(blocking);
        }
    }

    /** Store failures as editor refusals with the store's Dutch message. */
    private static <T> T translated(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (StoreException e) {
            EditorException.Kind kind = switch (e.reason()) {
                case IN_USE, CONFLICT -> EditorException.Kind.CONFLICT;
                case INVALID, MISSING_REFERENCE -> EditorException.Kind.BAD_REQUEST;
                case UNAVAILABLE -> EditorException.Kind.UNAVAILABLE;
                default -> null;
            };
            if (kind == null) {
                throw e;
            }
            throw new EditorException(kind, e.getMessage());
        }
    }

    private void committed(Edited edited) {
        if (!edited.changed()) {
            return;
        }
        for (ModelChangeListener listener : listeners) {
            try {
                listener.changed(edited.eClass(), edited.key());
            } catch (RuntimeException e) {
                LOG.warn("Wijziging van {} {} kon niet worden doorgegeven aan {}", edited.eClass(), edited.key(),
                        listener.getClass().getName(), e);
            }
        }
    }
}
