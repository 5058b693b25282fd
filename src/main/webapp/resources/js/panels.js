/*
 * Panels (<details data-open="true|false" data-open-field="…" data-toggled="…">) whose open state the server keeps
 * in the view: a toggle by the clerk writes the state into the hidden field and sends it with the named remote
 * command; after every page load and Ajax update the panels are opened or closed as the server last heard.
 */
(function () {
    function restore() {
        var panels = document.querySelectorAll('details[data-open]');
        for (var i = 0; i < panels.length; i++) {
            var open = panels[i].getAttribute('data-open') === 'true';
            if (panels[i].open !== open) {
                panels[i].open = open;
            }
        }
    }
    document.addEventListener('toggle', function (event) {
        var panel = event.target;
        if (!panel.matches || !panel.matches('details[data-open]')) {
            return;
        }
        var value = panel.open ? 'true' : 'false';
        panel.setAttribute('data-open', value);
        var field = document.getElementById(panel.getAttribute('data-open-field'));
        var send = window[panel.getAttribute('data-toggled')];
        if (field && field.value !== value) {
            field.value = value;
            if (typeof send === 'function') {
                send();
            }
        }
    }, true);
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', restore);
    } else {
        restore();
    }
    if (window.jQuery) {
        jQuery(document).on('pfAjaxComplete', restore);
    }
})();
