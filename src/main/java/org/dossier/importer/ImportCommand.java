package org.dossier.importer;

import org.dossier.importer.wxr.WxrImportCommand;
import picocli.CommandLine.Command;

/** {@code dossier import <format> …}: the parent of every import format. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports content from another system.",
        subcommands = {WxrImportCommand.class})
public final class ImportCommand {
}
