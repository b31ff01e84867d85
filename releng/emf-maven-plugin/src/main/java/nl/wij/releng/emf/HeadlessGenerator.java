package nl.wij.releng.emf;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.maven.plugin.logging.Log;
import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenClassGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenEnumGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenPackageGeneratorAdapter;
import org.eclipse.emf.codegen.merge.java.JControlModel;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.ENamedElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs EMF's model generator on one {@code .genmodel} without Eclipse.
 * <p>
 * Steps: load the genmodel and its Ecore models through {@link PlatformMappings}; complete the
 * genmodel from the Ecore model the way EMF's "Reload" does (new classes and features get default
 * settings, removed ones are dropped; nothing is written back); check the genmodel and the Ecore
 * model; generate the model code (interfaces, implementation, factory, package, utility and
 * validator classes) into the output directory. Edit, editor and test code are never generated.
 * Any error ends the run with a {@link GenerationException} naming the problem.
 */
final class HeadlessGenerator {

    private final Log log;

    HeadlessGenerator(Log log) {
        this.log = log;
    }

    /**
     * Generates the model code of {@code genModelFile} into {@code outputDirectory}.
     *
     * @param mappings where {@code platform:/} URIs point; the output and scratch mappings for this
     *     genmodel are added here
     * @param scratchDirectory where files other than model code would go (kept out of the sources)
     */
    void generate(File genModelFile, File outputDirectory, File scratchDirectory, PlatformMappings mappings)
            throws GenerationException {
        ResourceSet resourceSet = createResourceSet(mappings.asMap());
        GenModel genModel = load(resourceSet, genModelFile, mappings);

        String modelDirectory = genModel.getModelDirectory();
        if (modelDirectory == null || modelDirectory.isBlank()) {
            throw new GenerationException(genModelFile + ": the genmodel has no modelDirectory; set it to e.g. /"
                    + projectOf(genModelFile) + "/src-gen (the build maps it to " + outputDirectory + ")");
        }
        if (genModel.hasPluginSupport()) {
            log.warn(genModelFile.getName() + ": modelPluginID is set; plugin.xml, MANIFEST.MF and the like are not"
                    + " generated into the sources (bnd writes the manifest)");
        }
        mappings.addOutput(modelDirectory, outputDirectory);
        mappings.addProjectScratch(new WorkspacePath(modelDirectory).firstSegment(), scratchDirectory);
        resourceSet.getURIConverter().getURIMap().putAll(mappings.asMap());

        complete(genModel, genModelFile);
        check(genModel, genModelFile, mappings);

        genModel.setCanGenerate(true);
        Generator generator = new ModelOnlyGenerator();
        generator.setInput(genModel);
        Diagnostic result;
        try {
            result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new LoggingMonitor(log));
        } catch (RuntimeException e) {
            throw new GenerationException(genModelFile + ": the EMF generator failed: " + e, e);
        }
        List<String> errors = new ArrayList<>();
        collect(result, errors, Diagnostic.ERROR);
        if (!errors.isEmpty()) {
            throw new GenerationException(genModelFile + ": the EMF generator reported errors:\n  " + String.join("\n  ", errors));
        }
        List<String> warnings = new ArrayList<>();
        collect(result, warnings, Diagnostic.WARNING);
        warnings.forEach(w -> log.warn(genModelFile.getName() + ": " + w));
    }

    private static ResourceSet createResourceSet(Map<URI, URI> uriMap) {
        ResourceSet resourceSet = new ResourceSetImpl();
        Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
        factories.put("ecore", new EcoreResourceFactoryImpl());
        factories.put("genmodel", new EcoreResourceFactoryImpl());
        factories.put(Resource.Factory.Registry.DEFAULT_EXTENSION, new XMIResourceFactoryImpl());
        resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        resourceSet.getURIConverter().getURIMap().putAll(uriMap);
        return resourceSet;
    }

    private static GenModel load(ResourceSet resourceSet, File genModelFile, PlatformMappings mappings)
            throws GenerationException {
        if (!genModelFile.isFile()) {
            throw new GenerationException("No genmodel at " + genModelFile);
        }
        Resource resource;
        try {
            resource = resourceSet.getResource(URI.createFileURI(genModelFile.getAbsolutePath()), true);
        } catch (RuntimeException e) {
            Resource failed = resourceSet.getResources().isEmpty() ? null : resourceSet.getResources().get(0);
            throw new GenerationException(genModelFile + ": cannot be read: " + describe(failed, e), e);
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof GenModel)) {
            throw new GenerationException(genModelFile + ": does not hold a GenModel");
        }
        GenModel genModel = (GenModel) resource.getContents().get(0);
        // Load the Ecore models and used genmodels now, so that broken files are reported by name.
        try {
            EcoreUtil.resolveAll(resourceSet);
        } catch (RuntimeException e) {
            throw new GenerationException(genModelFile + ": a model it refers to cannot be read: " + e.getMessage(), e);
        }
        List<String> errors = new ArrayList<>();
        for (Resource each : resourceSet.getResources()) {
            for (Resource.Diagnostic error : each.getErrors()) {
                errors.add(each.getURI() + (error.getLine() > 0 ? ":" + error.getLine() + ":" + error.getColumn() : "")
                        + ": " + error.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            boolean platform = errors.stream().anyMatch(e -> e.startsWith("platform:"));
            throw new GenerationException(genModelFile + ": errors while reading the models:\n  " + String.join("\n  ", errors)
                    + (platform ? platformHint(mappings) : ""));
        }
        return genModel;
    }

    /**
     * Adds default settings for the Ecore elements the genmodel does not list and drops entries whose
     * Ecore element is gone, like EMF's Reload, in memory only. A genmodel therefore only needs the
     * settings that differ from the defaults (in WIJ: the GenModel and GenPackage attributes).
     */
    private void complete(GenModel genModel, File genModelFile) {
        int before = size(genModel);
        genModel.reconcile();
        for (GenPackage genPackage : genModel.getGenPackages()) {
            genPackage.initialize(genPackage.getEcorePackage());
        }
        if (log.isDebugEnabled()) {
            log.debug(genModelFile.getName() + ": completed from the Ecore model (" + (size(genModel) - before)
                    + " entries with default settings)");
        }
    }

    private static int size(EObject root) {
        int size = 0;
        for (TreeIterator<EObject> i = root.eAllContents(); i.hasNext(); i.next()) {
            size++;
        }
        return size;
    }

    private void check(GenModel genModel, File genModelFile, PlatformMappings mappings) throws GenerationException {
        List<String> errors = new ArrayList<>();
        collect(genModel.diagnose(), errors, Diagnostic.ERROR);
        if (!errors.isEmpty()) {
            throw new GenerationException(genModelFile + ": the genmodel is not complete:\n  " + String.join("\n  ", errors)
                    + platformHint(mappings));
        }
        for (GenPackage genPackage : genModel.getGenPackages()) {
            EPackage ePackage = genPackage.getEcorePackage();
            List<String> problems = new ArrayList<>();
            Diagnostic diagnostic = Diagnostician.INSTANCE.validate(ePackage);
            collect(diagnostic, problems, Diagnostic.ERROR);
            if (!problems.isEmpty()) {
                throw new GenerationException(genModelFile + ": the Ecore model of package '" + ePackage.getName()
                        + "' is not valid:\n  " + String.join("\n  ", problems));
            }
            List<String> warnings = new ArrayList<>();
            collect(diagnostic, warnings, Diagnostic.WARNING);
            warnings.forEach(w -> log.warn(genModelFile.getName() + ": " + w));
        }
    }

    private static String platformHint(PlatformMappings mappings) {
        return "\nA model of another bundle is found through a dependency on that bundle (its jar holds model/*.genmodel"
                + " and model/*.ecore); platform URIs are mapped as follows:" + (mappings.asMap().isEmpty() ? " (none)" : mappings);
    }

    /** The messages of the leaves of {@code diagnostic} with exactly {@code severity}. */
    private static void collect(Diagnostic diagnostic, List<String> into, int severity) {
        if (diagnostic.getChildren().isEmpty()) {
            if (diagnostic.getSeverity() == severity && diagnostic.getMessage() != null) {
                Throwable cause = diagnostic.getException();
                into.add(diagnostic.getMessage() + subject(diagnostic) + (cause == null ? "" : " (" + cause + ")"));
            }
            return;
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            collect(child, into, severity);
        }
    }

    /** The model element a diagnostic is about, e.g. {@code  [core.Gemeente.voorgangers]}. */
    private static String subject(Diagnostic diagnostic) {
        if (diagnostic.getData().isEmpty() || !(diagnostic.getData().get(0) instanceof ENamedElement element)) {
            return "";
        }
        StringBuilder name = new StringBuilder(String.valueOf(element.getName()));
        for (EObject container = element.eContainer(); container instanceof ENamedElement named; container = container.eContainer()) {
            name.insert(0, named.getName() + ".");
        }
        return " [" + name + "]";
    }

    private static String describe(Resource resource, RuntimeException e) {
        if (resource != null && !resource.getErrors().isEmpty()) {
            Resource.Diagnostic error = resource.getErrors().get(0);
            return "line " + error.getLine() + ", column " + error.getColumn() + ": " + error.getMessage();
        }
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return cause.getMessage();
    }

    private static String projectOf(File genModelFile) {
        return genModelFile.getName().replaceFirst("\\.genmodel$", "");
    }

    /** A workspace path such as {@code /nl.wij.core.model/src-gen}. */
    private record WorkspacePath(String path) {
        String firstSegment() {
            String trimmed = path.startsWith("/") ? path.substring(1) : path;
            int slash = trimmed.indexOf('/');
            return slash < 0 ? trimmed : trimmed.substring(0, slash);
        }
    }

    /**
     * The generator with what a headless build needs: adapters that write UTF-8 whatever the platform
     * encoding, and no Java merging (the output directory is rebuilt on every run, and merging would
     * need the Eclipse JDT).
     */
    private static final class ModelOnlyGenerator extends Generator {
        ModelOnlyGenerator() {
            super(registry());
        }

        private static GeneratorAdapterFactory.Descriptor.Registry registry() {
            GeneratorAdapterFactory.Descriptor.DelegatingRegistry registry = new GeneratorAdapterFactory.Descriptor.DelegatingRegistry();
            registry.addDescriptor(GenModelPackage.eNS_URI, Utf8AdapterFactory::new);
            return registry;
        }

        @Override
        public JControlModel getJControlModel() {
            if (jControlModel == null) {
                jControlModel = new JControlModel();
            }
            return jControlModel;
        }
    }

    /**
     * EMF's model generator adapters, changed in two ways for a build: they write UTF-8 whatever the
     * platform encoding, and they turn a failure into a diagnostic without EMF's own check for an
     * Eclipse cancellation (that check needs the Eclipse runtime on the class path).
     */
    private static final class Utf8AdapterFactory extends GenModelGeneratorAdapterFactory {
        private static final String UTF_8 = StandardCharsets.UTF_8.name();

        @Override
        public Adapter createGenModelAdapter() {
            if (genModelGeneratorAdapter == null) {
                genModelGeneratorAdapter = new GenModelGeneratorAdapter(this) {
                    @Override
                    protected String getEncoding(URI workspacePath) {
                        return UTF_8;
                    }

                    @Override
                    protected Diagnostic toDiagnostic(Exception exception, String currentMessage) {
                        return failure(exception, currentMessage);
                    }
                };
            }
            return genModelGeneratorAdapter;
        }

        @Override
        public Adapter createGenPackageAdapter() {
            if (genPackageGeneratorAdapter == null) {
                genPackageGeneratorAdapter = new GenPackageGeneratorAdapter(this) {
                    @Override
                    protected String getEncoding(URI workspacePath) {
                        return UTF_8;
                    }

                    @Override
                    protected Diagnostic toDiagnostic(Exception exception, String currentMessage) {
                        return failure(exception, currentMessage);
                    }
                };
            }
            return genPackageGeneratorAdapter;
        }

        @Override
        public Adapter createGenClassAdapter() {
            if (genClassGeneratorAdapter == null) {
                genClassGeneratorAdapter = new GenClassGeneratorAdapter(this) {
                    @Override
                    protected String getEncoding(URI workspacePath) {
                        return UTF_8;
                    }

                    @Override
                    protected Diagnostic toDiagnostic(Exception exception, String currentMessage) {
                        return failure(exception, currentMessage);
                    }
                };
            }
            return genClassGeneratorAdapter;
        }

        @Override
        public Adapter createGenEnumAdapter() {
            if (genEnumGeneratorAdapter == null) {
                genEnumGeneratorAdapter = new GenEnumGeneratorAdapter(this) {
                    @Override
                    protected String getEncoding(URI workspacePath) {
                        return UTF_8;
                    }

                    @Override
                    protected Diagnostic toDiagnostic(Exception exception, String currentMessage) {
                        return failure(exception, currentMessage);
                    }
                };
            }
            return genEnumGeneratorAdapter;
        }

        private static Diagnostic failure(Exception exception, String currentMessage) {
            Throwable root = exception;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            StackTraceElement at = root.getStackTrace().length == 0 ? null : root.getStackTrace()[0];
            String message = (currentMessage == null ? "Generation failed" : currentMessage + " failed") + ": " + root
                    + (at == null ? "" : " at " + at);
            return new BasicDiagnostic(Diagnostic.ERROR, HeadlessGenerator.class.getName(), 0, message, new Object[] {exception});
        }
    }

    /** Reports the generator's progress at debug level. */
    private static final class LoggingMonitor extends BasicMonitor {
        private final Log log;

        LoggingMonitor(Log log) {
            this.log = log;
        }

        @Override
        public void subTask(String name) {
            if (log.isDebugEnabled() && name != null && !name.isBlank()) {
                log.debug(name);
            }
        }
    }
}
