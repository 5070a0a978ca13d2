package gt.observatorio.crawler.laip;

import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.crawler.laip.NumeralClassifier.Classification;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumeralClassifierTest {
  private final NumeralClassifier classifier = new NumeralClassifier();

  @Test
  void theDataFileHoldsTheTwentyNineNumeralsWithTheirUpdate() {
    assertThat(Art10Numerals.all()).hasSize(29);
    assertThat(Art10Numerals.get(26).update()).isEqualTo("yearly");
    assertThat(Art10Numerals.get(4).update()).isEqualTo("monthly");
    assertThat(Art10Numerals.get(8).update()).isEqualTo("monthly");
    assertThat(Art10Numerals.get(2).update()).isEqualTo("on-change");
    assertThat(Art10Numerals.get(15).sourceText()).startsWith("Los montos asignados");
    // The law's wording is quoted with its page where a public page showed it, else marked unknown and left empty.
    assertThat(Art10Numerals.all()).allSatisfy(n -> {
      assertThat(Art10Numeral.TEXT_STATUSES).contains(n.textStatus());
      if ("unknown".equals(n.textStatus())) {
        assertThat(n.sourceText()).isEmpty();
        assertThat(n.sourceUrl()).isEmpty();
      } else {
        assertThat(n.sourceText()).isNotBlank();
        assertThat(n.sourceUrl()).startsWith("https://");
      }
    });
    assertThat(Art10Numerals.get(20).read()).isEqualTo(java.time.LocalDate.of(2026, 12, 5));
    assertThat(Art10Numerals.get(27).textStatus()).isEqualTo("heading-only");
    assertThat(Art10Numerals.get(7).textStatus()).isEqualTo("unknown");
    assertThat(Art10Numerals.article().text()).startsWith("Los Sujetos Obligados deberán mantener");
    assertThat(Art10Numerals.all()).allSatisfy(n -> assertThat(n.keywords()).isNotEmpty());
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(delimiter = ';', textBlock = """
      Estructura Orgánica;                           1
      Organigrama institucional;                     1
      Dirección y teléfonos;                         2
      Directorio de empleados y servidores públicos; 3
      Remuneraciones;                                4
      Nómina de personal enero 2025;                 4
      Misión y Visión;                               5
      Plan Operativo Anual 2025;                     5
      Manuales de procedimientos;                    6
      Presupuesto de ingresos y egresos 2025;        7
      Ejecución presupuestaria;                      8
      Informe de ejecución del presupuesto;          8
      Depósitos con fondos públicos;                 9
      Cotizaciones y licitaciones;                   10
      Contratos de bienes y servicios;               11
      Viajes nacionales e internacionales;           12
      Viáticos;                                      12
      Inventario de bienes muebles e inmuebles;      13
      Contratos de mantenimiento;                    14
      Padrón de beneficiarios;                       15
      Usufructo;                                     16
      Empresas precalificadas;                       17
      Listado de obras;                              18
      Contratos de arrendamiento;                    19
      Contrataciones de bienes y servicios;          20
      Fideicomisos;                                  21
      Compras directas;                              22
      Informes de auditoría;                         23
      Entidades internacionales;                     24
      Entidades privadas;                            25
      Informe anual de archivo;                      26
      27. ÍNDICE DE LA INFORMACIÓN CLASIFICADA;      27
      Pertenencia sociolingüística;                  28
      Información adicional;                         29
      Numeral 12 - Comisiones;                       12
      Art. 10 numeral 9;                             9
      Artículo 10, numeral 21;                       21
      08 - Ejecución presupuestaria;                 8
      """)
  void classifiesLinkTexts(String text, int numeral) {
    assertThat(classifier.classifyText(text)).map(Classification::numeral).contains(numeral);
  }

  @ParameterizedTest(name = "\"{0}\" is not numeral {1}")
  @CsvSource(delimiter = ';', textBlock = """
      Ejecución presupuestaria;               7
      Contratos de arrendamiento;             11
      Contratos de mantenimiento;             11
      Transferencias presupuestarias;         15
      Información clasificada;                29
      Directorio de empleados;                2
      Dirección y teléfonos;                  3
      """)
  void doesNotConfuseNumeralsThatShareWords(String text, int wrong) {
    assertThat(classifier.classifyText(text)).map(Classification::numeral).isPresent().get().isNotEqualTo(wrong);
  }

  @ParameterizedTest(name = "\"{0}\" says no numeral")
  @CsvSource(delimiter = ';', textBlock = """
      Inicio
      Contáctenos
      Ley de Acceso a la Información Pública, Decreto 57-2008
      Informe enero 2025
      01-enero-2025
      31 de enero de 2025
      1. Informe del mes
      Dirección de Recursos Humanos
      Portal de transparencia
      """)
  void leavesUnrelatedTextsUnclassified(String text) {
    assertThat(classifier.classifyText(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = ';', textBlock = """
      https://sanjuan.laip.gt/index.php/26-archivo;                                             26
      https://sanjuan.laip.gt/index.php/4-remuneraciones;                                        4
      https://x.gob.gt/ipo/08-Ejecucion%20Presupuestaria/2025/01-enero/informe.pdf;              8
      https://x.gob.gt/wp-content/uploads/2025/02/Numeral-22-compras-directas-enero-2025.pdf;    22
      https://x.gob.gt/wp-content/uploads/2025/02/Ejecucion-presupuestaria-enero-2025.pdf;       8
      https://x.gob.gt/transparencia/articulo-10/numeral-12/;                                   12
      https://x.gob.gt/docs/viaticos_2025_01.xlsx;                                               12
      """)
  void classifiesUrls(String url, int numeral) {
    assertThat(classifier.classify("", url)).map(Classification::numeral).contains(numeral);
  }

  @Test
  void aMonthFolderIsNotNumeralOne() {
    Optional<Classification> c = classifier.classifyUrl("https://x.gob.gt/ipo/2025/01-enero/reporte.pdf");
    assertThat(c).isEmpty();
  }

  @Test
  void anExplicitNumberInTheUrlWinsOverWordsInTheText() {
    assertThat(classifier.classify("Ver documento de contratos", "https://m.laip.gt/index.php/19-arrendamientos"))
        .contains(new Classification(19, true));
  }
}
