package org.dossier.accounts;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.dossier.system.TaskContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dossier users create --email E --role admin}: the only way to make accounts before anyone can sign in. */
@Command(name = "users", mixinStandardHelpOptions = true, description = "Manages back-office accounts.",
        subcommands = UsersCommand.Create.class)
public class UsersCommand {

    /**
     * Creates an account. The password is read from standard input (one line; typed without echo on
     * a terminal); when none is given one is generated and printed once.
     */
    @Command(name = "create", mixinStandardHelpOptions = true, description = "Creates a back-office account.")
    public static class Create implements Callable<Integer> {

        private final TaskContext context;

        @Option(names = "--email", required = true, description = "the account's email address (its sign-in name)")
        String email;

        @Option(names = "--role", required = true, description = "admin, editor, author or contributor")
        String role;

        @Option(names = "--name", defaultValue = "", description = "the name shown in the back office")
        String name;

        public Create(TaskContext context) {
            this.context = context;
        }

        @Override
        public Integer call() throws IOException {
            Role parsed = Role.parse(role);
            if (parsed == null) {
                System.err.println("Unknown role '" + role + "': use admin, editor, author or contributor.");
                return 2;
            }
            String password = readPassword();
            boolean generated = password.isEmpty();
            if (generated) {
                password = AccountService.generatePassword();
            }
            try {
                User user = context.bean(AccountService.class).create(email, name, parsed, password, "cli");
                System.out.println("Created " + user.role().db() + " " + user.email());
                if (generated) {
                    System.out.println("Password (shown once, change it after signing in): " + password);
                }
                return 0;
            } catch (AccountException e) {
                System.err.println(e.getMessage());
                return 1;
            }
        }

        private static String readPassword() throws IOException {
            Console console = System.console();
            if (console != null) {
                char[] typed = console.readPassword("Password (empty to generate one): ");
                return typed == null ? "" : new String(typed);
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line = in.readLine();
            return line == null ? "" : line.strip();
        }
    }
}
