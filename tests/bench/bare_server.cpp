// The throughput benchmark's yardstick: a bare QHttpServer route that parses the posted JSON and
// answers the body PingPanda answers, storing nothing and checking nothing else. PingPanda's own
// figure is read as a ratio to this one, measured in the same run on the same machine.
//
// usage: bare_server PORT   (prints "listening on PORT" when ready)

#include "eventid.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHttpServer>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const quint16 port = argc > 1 ? quint16(QByteArray(argv[1]).toUShort()) : 0;

    QHttpServer server;
    server.route(u"/api/v1/events"_s, QHttpServerRequest::Method::Post,
        [](const QHttpServerRequest &request) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject()
                || !doc.object().value(u"category"_s).isString()) {
                return QHttpServerResponse(QHttpServerResponder::StatusCode::BadRequest);
            }
            return QHttpServerResponse(QJsonObject {
                {u"message"_s, u"Event processed successfully"_s},
                {u"eventId"_s, EventId::generate(QDateTime::currentMSecsSinceEpoch())},
                {u"deliveryStatus"_s, u"PENDING"_s},
            });
        });
    const quint16 bound = server.listen(QHostAddress::LocalHost, port);
    if (bound == 0) {
        std::fprintf(stderr, "bare_server: cannot listen on port %u\n", port);
        return 1;
    }
    std::printf("listening on %u\n", bound);
    std::fflush(stdout);
    return app.exec();
}
