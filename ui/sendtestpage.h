#pragma once

#include "json/jsonvalue.h"

#include <QWidget>

class EmbedPreview;
class Instance;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class TestEvent;

// Sends a test event the way a script would: through the running API (same checks, same
// storage, same delivery), then follows it until Discord has it. Shows the message as Discord
// will draw it while the person types, and gives the curl command that sends the same event.
class SendTestPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendTestPage)

public:
    explicit SendTestPage(Instance &instance, QWidget *parent = nullptr);

    QComboBox *categoryBox() const { return m_category; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QTableWidget *fieldsTable() const { return m_fields; }
    EmbedPreview *preview() const { return m_preview; }
    QLabel *result() const { return m_result; }

    void addField(const QString &name, const QString &value);
    // The request body as it will be sent (fields typed: 49.99 as a number, true as a boolean).
    JsonValue body() const;
    QString curlCommand() const;
    void send();
    QString lastEventId() const;

Q_SIGNALS:
    void sent(const QString &eventId);

private:
    void fillCategories();
    void updatePreview();

    Instance &m_instance;
    QComboBox *m_category;
    QLineEdit *m_description;
    QTableWidget *m_fields;
    EmbedPreview *m_preview;
    QLabel *m_result;
    TestEvent *m_testEvent;
};
