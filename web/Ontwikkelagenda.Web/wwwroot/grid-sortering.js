// Keyboard and screen-reader help for every MudDataGrid marked with data-grid (the Inkoop grids).
// MudBlazor 8 draws a column's sort button anew when the column first becomes sorted, so the focus of a keyboard user
// falls back to the page; and it marks no column header with aria-sort. This puts the focus back on the same column's
// sort button, and keeps each header's aria-sort in step with its button's direction class.
(() => {
    const knopSelector = "th button.sort-direction-icon";
    let terug = null; // the sort button just pressed: { knop, grid, kolom, tot }

    const richting = knop => knop.classList.contains("mud-direction-asc") ? "ascending"
        : knop.classList.contains("mud-direction-desc") ? "descending" : null;

    function markeer() {
        for (const knop of document.querySelectorAll(`[data-grid] ${knopSelector}`)) {
            const th = knop.closest("th");
            const nu = richting(knop);
            if (nu === null) {
                if (th.hasAttribute("aria-sort")) th.removeAttribute("aria-sort");
            } else if (th.getAttribute("aria-sort") !== nu) {
                th.setAttribute("aria-sort", nu);
            }
        }
    }

    function zetFocusTerug() {
        if (terug === null) return;
        if (Date.now() > terug.tot) {
            terug = null;
            return;
        }
        // Only when the pressed button is gone and nothing else took the focus: never steal it from where the user went.
        const actief = document.activeElement;
        if (terug.knop.isConnected || (actief !== null && actief !== document.body)) return;
        const th = document.querySelector(`[data-grid="${terug.grid}"] thead tr`)?.children[terug.kolom];
        const knop = th?.querySelector("button.sort-direction-icon");
        if (!knop) return;
        knop.focus();
        terug.knop = knop;
    }

    document.addEventListener("click", e => {
        const knop = e.target instanceof Element ? e.target.closest(`[data-grid] ${knopSelector}`) : null;
        if (knop === null) return;
        const th = knop.closest("th");
        terug = { knop, grid: knop.closest("[data-grid]").getAttribute("data-grid"), kolom: [...th.parentElement.children].indexOf(th), tot: Date.now() + 5000 };
    }, true);

    let gepland = false;
    new MutationObserver(() => {
        if (gepland) return;
        gepland = true;
        requestAnimationFrame(() => {
            gepland = false;
            markeer();
            zetFocusTerug();
        });
    }).observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ["class"] });
})();
