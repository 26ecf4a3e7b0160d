#!/usr/bin/env python3
"""A Discord webhook for demos and screenshots: answers GET and POST on /api/webhooks/<id>/<token>
the way Discord does (the webhook object; the posted message with ?wait=true), so that a demo
profile's events show as delivered. Prints the port it listens on, then serves until killed.

usage: python3 tests/demo-webhook.py        (tests/screenshots.sh starts it)
"""
import itertools
import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

messages = itertools.count(1)


class Webhook(BaseHTTPRequestHandler):
    def answer(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        if not self.path.startswith("/api/webhooks/"):
            return self.answer(404, {"message": "404: Not Found", "code": 0})
        self.answer(200, {"id": "1", "type": 1, "name": "PingPanda", "channel_id": "2"})

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if not self.path.startswith("/api/webhooks/"):
            return self.answer(404, {"message": "404: Not Found", "code": 0})
        self.answer(200, {"id": str(next(messages)), "channel_id": "2"})

    def log_message(self, *args):
        pass


server = ThreadingHTTPServer(("127.0.0.1", 0), Webhook)
print(server.server_address[1], flush=True)
server.serve_forever()
