// After a PrimeFaces ajax update, focus the element that the clicked button names in data-focus-after (e.g. the
// first field of the form it just filled), so pages need no inline script.
(function () {
    var pending = null;
    document.addEventListener('click', function (event) {
        var button = event.target && event.target.closest ? event.target.closest('[data-focus-after]') : null;
        if (button) {
            pending = button.getAttribute('data-focus-after');
        }
    }, true);
    if (window.jQuery) {
        jQuery(document).on('pfAjaxComplete', function () {
            var target = pending && document.getElementById(pending);
            pending = null;
            if (target) {
                target.focus();
            }
        });
    }
})();
