// Build-time tool: draws the SVG app icon as the PNGs a desktop's icon theme wants
// (hicolor/SIZExSIZE/apps/NAME.png), so that every size is drawn, not scaled from another.
//
//   rendericons ICON.svg OUTDIR NAME SIZE...
//
// With NAME ending in .ico (Windows), it writes one icon file OUTDIR/NAME at the first size.

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen"); // a build machine has no display
    QGuiApplication app(argc, argv);
    const QStringList args = QGuiApplication::arguments();
    if (args.size() < 5) {
        std::fprintf(stderr, "usage: rendericons ICON.svg OUTDIR NAME SIZE...\n");
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "rendericons: %s is not a usable SVG\n", qPrintable(args.at(1)));
        return 1;
    }
    for (const QString &sizeText : args.mid(4)) {
        bool ok = false;
        const int size = sizeText.toInt(&ok);
        if (!ok || size < 8 || size > 1024) {
            std::fprintf(stderr, "rendericons: %s is not an icon size\n", qPrintable(sizeText));
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        if (args.at(3).endsWith(u".ico")) {
            if (!QDir().mkpath(args.at(2)) || !image.save(args.at(2) + u'/' + args.at(3), "ICO")) {
                std::fprintf(stderr, "rendericons: cannot write %s\n", qPrintable(args.at(3)));
                return 1;
            }
            return 0;
        }
        const QString folder = QStringLiteral("%1/%2x%2/apps").arg(args.at(2)).arg(size);
        if (!QDir().mkpath(folder) || !image.save(folder + u'/' + args.at(3) + u".png")) {
            std::fprintf(stderr, "rendericons: cannot write into %s\n", qPrintable(folder));
            return 1;
        }
    }
    return 0;
}
