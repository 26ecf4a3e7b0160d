#pragma once

#include "category.h"
#include "error.h"

#include <QWidget>

class ApiService;
class CategoriesModel;
class QPushButton;
class QTableView;

// The categories: a table, and Add / Edit / Delete through CategoryDialog. Changes go through
// CategoryStore and reach the running API at once.
class CategoriesPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CategoriesPage)

public:
    explicit CategoriesPage(ApiService &service, QWidget *parent = nullptr);

    CategoriesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

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

    ApiService &m_service;
    CategoriesModel *m_model;
    QTableView *m_view;
    QPushButton *m_quickStart;
    QPushButton *m_edit;
    QPushButton *m_delete;
};
