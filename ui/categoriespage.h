#pragma once

#include "domain/category.h"
#include "domain/error.h"

#include <QWidget>

class Instance;
class CategoriesModel;
class QPushButton;
class QStackedWidget;
class QTableView;

// The categories: a table, and Add / Edit / Delete through CategoryDialog. Changes go through
// CategoryStore and reach the running API at once.
class CategoriesPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CategoriesPage)

public:
    explicit CategoriesPage(Instance &instance, QWidget *parent = nullptr);

    CategoriesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    bool showsEmptyState() const;

    // The operations behind the buttons; each shows its problem to the user and returns it.
    Status addCategory(const Category &category);
    Status updateCategory(const QString &name, const Category &changed);
    Status removeCategory(const QString &name);
    // bug 🐞 #FF6B6B, sale 💰 #FFEB3B, question 🤔 #6C5CE7; the ones that exist are skipped.
    Status addQuickStartCategories();

private:
    void onAdd();
    void onEdit();
    void onDelete();
    void changed();
    QStringList namesExcept(const QString &name) const;
    QStringList numericFieldsOf(const QString &category) const;

    Instance &m_instance;
    CategoriesModel *m_model;
    QTableView *m_view;
    QPushButton *m_quickStart;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QStackedWidget *m_table; // the table, or what a category is while there is none
};
