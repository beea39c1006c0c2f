package org.dossier.importer;

import org.dossier.importer.wxr.WxrImportCommand;
import picocli.CommandLine.Command;

/** {@code dossier import …}: bulk imports; each format is a subcommand. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Imports content into the archive.",
        subcommands = {JsonlCommand.class, WxrImportCommand.class})
public class ImportCommand {
}
