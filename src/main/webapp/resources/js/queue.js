/*
 * The queue page (front-desk/index.xhtml) by push: the server says "changed" on the point's queue socket
 * (/push/queue/<point>, resources/js/push.js) after every committed change of the point's visits; the page then asks
 * for its queue and day log again (the remote command visitQueueChanged), marked as a background request so that it
 * does not keep the clerk's session alive. After a lost connection is opened again, the page asks once, for what it
 * missed. A page that is being left (a form was submitted, e.g. "serve a walk-in", whose own change is pushed back
 * before the next page arrives) asks nothing.
 */
(function () {
    var leaving = false;
    document.addEventListener('submit', function () {
        leaving = true;
    }, true);
    window.addEventListener('pagehide', function () {
        leaving = true;
    });
    window.addEventListener('pageshow', function () {
        leaving = false;
    });
    function message(message) {
        if (message === 'changed' && !leaving && typeof window.visitQueueChanged === 'function') {
            window.visitQueueChanged([{name: 'asiointipiste.background', value: 'true'}]);
        }
    }
    window.VisitQueue = {message: message};
    document.addEventListener('DOMContentLoaded', function () {
        PushSocket.openFor('visitQueuePush', {
            message: message,
            reopened: function () {
                message('changed');
            }
        });
    });
})();
