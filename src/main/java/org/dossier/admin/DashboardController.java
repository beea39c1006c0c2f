package org.dossier.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The first screen after sign-in: counts, scheduled items, recent changes. */
@Controller
class DashboardController {

    private final Dashboard dashboard;

    DashboardController(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/admin")
    String dashboard(AdminContext ctx, Model model) {
        model.addAttribute("page", dashboard.page(ctx));
        return "admin/dashboard";
    }
}
