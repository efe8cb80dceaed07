/* Kennisbank factsheet: the "Print / PDF" button of a record page, and the day of printing.
 *
 * The browser's own print gives the same factsheet without this script (afdrukken.css); the
 * sheet then names the day the site was built. With it, the button appears, and the sheet
 * names the day it is printed and the page's full address. Does nothing on other pages.
 */
(function () {
  "use strict";

  // The browser's own Dutch calendar writes "5 december 2026", as core/wording.py does with Babel.
  var DAY = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric" });
  var button = document.querySelector("[data-kb-print]");
  var day = document.querySelector("[data-kb-print-date]");
  var address = document.querySelector("[data-kb-page-url]");

  function stamp() {
    var today = new Date();
    day.textContent = "afgedrukt op " + DAY.format(new Date());
  }

  if (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  }
  if (day) {
    stamp();
    window.addEventListener("beforeprint", stamp);  // a page left open overnight prints today's date
  }
  if (address) address.textContent = window.location.href.split("#")[0];
})();
