"""Serves a folder on 127.0.0.1 for the tests: `python3 tests/static-server.py PORT DIR`.

The same files and types as `python3 -m http.server`, with a listen queue
long enough for a page that fetches many files at once (the split build's
chunks, the service worker's precache). The standard server queues five
connections; WebKit, whose further connections were refused, waited so long
to retry that a reload took over 20 s.
"""

import functools
import http.server
import sys


class Server(http.server.ThreadingHTTPServer):
    request_queue_size = 512
    daemon_threads = True


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


def main():
    port, root = int(sys.argv[1]), sys.argv[2]
    handler = functools.partial(Quiet, directory=root)
    with Server(("127.0.0.1", port), handler) as server:
        server.serve_forever()


if __name__ == "__main__":
    main()
