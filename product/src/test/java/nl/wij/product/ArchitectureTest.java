package nl.wij.product;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleActivator;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The house rules of docs/architecture.md, executed over every WIJ class the product ships
 * (all bundles are on this module's test class path), so a rule cannot drift from the code.
 */
class ArchitectureTest {

    private static final JavaClasses WIJ = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.wij");

    /** EMF's generated packages, switches and adapter factories keep static state by design. */
    private static final DescribedPredicate<JavaClass> EMF_GENERATED = JavaClass.Predicates
            .assignableTo("org.eclipse.emf.ecore.EPackage")
            .or(JavaClass.Predicates.assignableTo("org.eclipse.emf.ecore.util.Switch"))
            .or(JavaClass.Predicates.assignableTo("org.eclipse.emf.common.notify.impl.AdapterFactoryImpl"))
            .as("EMF-generated");

    /** The Javadoc tag, not the sentence EMF's validator template writes about it. */
    private static final Pattern GENERATED_NOT = Pattern.compile("^\\s*\\*\\s*@generated\\s+NOT\\b", Pattern.MULTILINE);

    /** The launcher is a command-line program; everything else logs through SLF4J. */
    private static final String LAUNCHER = "nl.wij.product";

    @Test
    void theRulesSeeTheShippedBundles() {
        for (String type : List.of("nl.wij.platform.security.impl.LocalAccountService",
                "nl.wij.workbench.shell.impl.WorkbenchModel", "nl.wij.platform.web.impl.SecurityPreprocessor")) {
            assertEquals(true, WIJ.contain(type), type + " is not on the class path of this test");
        }
    }

    @Test
    void onlyTheLauncherWritesToTheConsoleOrUsesJavaUtilLogging() {
        noClasses().that().resideOutsideOfPackage(LAUNCHER)
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().dependOnClassesThat().resideInAPackage("java.util.logging")
                .check(WIJ);
    }

    @Test
    void noMutableStaticState() {
        fields().that().areStatic().and().areDeclaredInClassesThat().resideOutsideOfPackage(LAUNCHER)
                .and().areDeclaredInClassesThat(DescribedPredicate.not(EMF_GENERATED))
                .should().beFinal()
                .because("components get collaborators through DS, never through static state")
                .check(WIJ);
    }

    @Test
    void declarativeServicesOnlyNoActivators() {
        noClasses().should().implement(BundleActivator.class).check(WIJ);
    }

    @Test
    void implementationPackagesArePrivateToTheirBundle() {
        noClasses().should(dependOnAnotherBundlesImplementation()).check(WIJ);
    }

    @Test
    void thePlatformAndTheShellDoNotKnowAnyDomain() {
        noClasses().that().resideInAnyPackage("nl.wij.platform..", "nl.wij.workbench..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.wij.core..", "nl.wij.ihp..", "nl.wij.goab..",
                        "nl.wij.lea..", "nl.wij.pro..", "nl.wij.jeugdhulp..")
                .check(WIJ);
    }

    /** The core, the platform and the shell know no domain module; the IHP module is the first one. */
    @Test
    void theCoreDoesNotKnowTheIhpModule() {
        noClasses().that().resideInAnyPackage("nl.wij.core..", "nl.wij.platform..", "nl.wij.workbench..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.wij.ihp..")
                .check(WIJ);
        assertEquals(true, WIJ.contain("nl.wij.ihp.web.impl.IhpContribution"), "the IHP bundles are on the class path of this test");
    }

    /** The import platform reaches every reader through the FileImporter SPI; the DUO importer is one of them. */
    @Test
    void theImportPlatformKnowsNoImporter() {
        noClasses().that().resideInAnyPackage("nl.wij.core.imports", "nl.wij.core.imports.impl")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("nl.wij.core.imports.impl.duo",
                        "nl.wij.core.importer..").and(DescribedPredicate.not(
                                HasName.Predicates.name("nl.wij.core.importer.ImportProblem"))))
                .check(WIJ);
    }

    @Test
    void nothingOutsideTheGoabModuleDependsOnIt() {
        assertEquals(true, WIJ.contain("nl.wij.goab.web.impl.GoabContribution"), "the GOAB bundles are on the class path");
        noClasses().that().resideOutsideOfPackage("nl.wij.goab..")
                .should().dependOnClassesThat().resideInAPackage("nl.wij.goab..")
                .because("GOAB is a module: it may go, and nothing else may break when it does")
                .check(WIJ);
    }

    @Test
    void generatedCodeIsNeverEditedByHand() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        try (Stream<Path> files = Files.walk(root.resolve("bundles"))) {
            List<Path> edited = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(ArchitectureTest::containsGeneratedNot).toList();
            assertEquals(List.of(), edited, "behaviour belongs in plain classes, not in '@generated NOT' code");
        }
    }

    private static boolean containsGeneratedNot(Path file) {
        try {
            return GENERATED_NOT.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bundle of a class is its package up to {@code .impl}; only that bundle may use its impl classes. */
    private static ArchCondition<JavaClass> dependOnAnotherBundlesImplementation() {
        return new ArchCondition<>("depend on another bundle's implementation package") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    String bundle = bundleOf(target.getPackageName());
                    if (bundle != null && !item.getPackageName().startsWith(bundle)) {
                        events.add(SimpleConditionEvent.satisfied(item, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static String bundleOf(String packageName) {
        int impl = packageName.indexOf(".impl");
        return packageName.startsWith("nl.wij.") && impl > 0 ? packageName.substring(0, impl) : null;
    }
}
