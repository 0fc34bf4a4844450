#pragma once

#include <QSpinBox>

namespace cd {

// A count field that reads what people type as parseTypedCount does ("85k" is 85,000, "1,2 jt" is
// 1,200,000 in Indonesian): a plain QSpinBox drops the letters and stores 85.
class CountSpinBox : public QSpinBox
{
    Q_OBJECT
public:
    explicit CountSpinBox(QWidget *parent = nullptr);

protected:
    QValidator::State validate(QString &text, int &pos) const override;
    int valueFromText(const QString &text) const override;
};

} // namespace cd
