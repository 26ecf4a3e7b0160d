#pragma once

#include <QWizardPage>

class Instance;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class TestEvent;

// Starter categories (bug, sale, question), added with one click on Next; those the profile
// already has are shown as there.
class StarterCategoriesPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StarterCategoriesPage)

public:
    StarterCategoriesPage(Instance &instance, QWidget *parent = nullptr);
    void initializePage() override;
    bool validatePage() override;
    int nextId() const override;

    QList<QCheckBox *> choices() const { return m_choices; }

private:
    Instance &m_instance;
    QList<QCheckBox *> m_choices;
    QLabel *m_problem;
};

// A test event sent for real through the API and followed live until Discord has it; then the
// command that sends one from a script, and where the API key lives.
class TestEventPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestEventPage)

public:
    TestEventPage(Instance &instance, QWidget *parent = nullptr);
    void initializePage() override;

    QComboBox *categoryBox() const { return m_category; }
    QPushButton *sendButton() const { return m_send; }
    QLabel *status() const { return m_status; }
    QLineEdit *curlLine() const { return m_curl; }
    TestEvent *testEvent() const { return m_testEvent; }

private:
    void send();
    void showProgress();

    Instance &m_instance;
    TestEvent *m_testEvent;
    QComboBox *m_category;
    QPushButton *m_send;
    QLabel *m_status;
    QWidget *m_done;
    QLineEdit *m_curl;
};
