package gt.observatorio.rules.builtin.format;

import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.vocab.FormatInfo;

/** Distributions in a machine-readable format (MQA's list). */
public final class MachineReadableRule extends FormatListRule {
  public MachineReadableRule() {
    super("format.machine-readable",
        Text.of("Formato legible por máquina", "Machine-readable format"),
        Text.of("Datos en tablas o estructuras (no en PDF ni imágenes) se pueden procesar sin copiarlos a mano.",
            "Data in tables or structures (not PDF or images) can be processed without retyping them."),
        Text.of("Publique los datos mismos en CSV, JSON, XML o una hoja de cálculo, no solo un PDF o una imagen.",
            "Publish the data itself as CSV, JSON, XML or a spreadsheet, not only a PDF or an image."),
        FormatInfo::machineReadable,
        Text.of("La distribución no está en un formato legible por máquina.",
            "The distribution is not in a machine-readable format."),
        "CSV, JSON, XML, XLS(X), ODS, GeoJSON, RDF, ... (MQA machine-readable list)");
  }
}
