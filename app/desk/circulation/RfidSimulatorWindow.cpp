#include "RfidSimulatorWindow.h"

#include "CatalogueStore.h"
#include "CirculationView.h"
#include "Database.h"
#include "LocalStore.h"
#include "simulator/LibraryTags.h"
#include "simulator/SimulatedRfidPad.h"
#include "simulator/SimulatedScanner.h"

#include <QCheckBox>
#include <QEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace ils::devices;

namespace {

std::vector<std::string> demoItems(ils::LocalStore& store, const std::string& library)
{
    ils::Query q(store.db(), "SELECT barcode FROM items WHERE owner_library = ? ORDER BY barcode LIMIT 5");
    q.bind(1, library);
    std::vector<std::string> barcodes;
    while (q.step())
        barcodes.push_back(q.getText(0));
    return barcodes;
}

} // namespace

RfidSimulatorWindow::RfidSimulatorWindow(std::shared_ptr<SimulatedRfidPad> pad,
                                         ils::LocalStore& store,
                                         const std::string& library,
                                         QWidget* parent)
    : QWidget(parent, Qt::Tool)
    , m_pad(std::move(pad))
    , m_list(new QListWidget(this))
    , m_plugged(new QCheckBox(this))
    , m_failWrite(new QPushButton(this))
    , m_scanText(new QLineEdit(this))
{
    setObjectName(QStringLiteral("rfidSimulatorWindow"));
    m_isil = "CN-" + library; // an ISIL of the owner library; the demo county has no real one
    const auto barcodes = demoItems(store, library);
    for (std::size_t i = 0; i < barcodes.size(); ++i) {
        std::string title = barcodes[i];
        if (auto item = store.catalogue().findItem(barcodes[i]))
            if (auto record = store.catalogue().findRecord(item->recordId))
                title = record->title;
        if (i == 0) { // the demo's book with a CD: two tags with the same barcode
            addTag(barcodes[i], 1, 2, QString::fromStdString(title));
            addTag(barcodes[i], 2, 2, QString::fromStdString(title));
        } else {
            addTag(barcodes[i], 1, 1, QString::fromStdString(title));
        }
    }
    m_tags.push_back(SimulatedTag::blank(simulatedUid(900)));
    m_list->addItem(QString());
    m_list->item(m_list->count() - 1)->setData(Qt::UserRole, -1); // the blank tag's label is translated
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setCheckState(Qt::Unchecked);
    m_plugged->setChecked(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(m_plugged);
    layout->addWidget(m_failWrite);
    layout->addWidget(m_scanText);
    m_scanText->setObjectName(QStringLiteral("simulatedScanText"));
    m_scanText->hide(); // until a scanner is given
    connect(m_scanText, &QLineEdit::returnPressed, this, [this] {
        if (m_scanner)
            m_scanner->scan(m_scanText->text().trimmed().toStdString());
        m_scanText->clear();
    });
    connect(m_list, &QListWidget::itemChanged, this, &RfidSimulatorWindow::toggled);
    connect(m_plugged, &QCheckBox::toggled, this, [this](bool on) { m_pad->setConnected(on); });
    connect(m_failWrite, &QPushButton::clicked, this, [this] { m_pad->failNextWrites(1); });
    retranslate();
    // What lies on the pad already (after a log-out) shows as ticked.
    const auto onPad = m_pad->uids();
    for (std::size_t i = 0; i < m_tags.size(); ++i)
        if (std::find(onPad.begin(), onPad.end(), m_tags[i].uid) != onPad.end())
            m_list->item(static_cast<int>(i))->setCheckState(Qt::Checked);
}

RfidSimulatorWindow::~RfidSimulatorWindow() = default;

void RfidSimulatorWindow::setScanner(std::shared_ptr<SimulatedScanner> scanner)
{
    m_scanner = std::move(scanner);
    m_scanText->show();
}

void RfidSimulatorWindow::addTag(const std::string& barcode, int part, int total, const QString& label)
{
    ItemTagSpec spec;
    spec.primaryItemId = barcode;
    spec.ownerLibrary = m_isil;
    spec.part = part;
    spec.total = total;
    auto tag = makeItemTag(simulatedUid(100 + m_tags.size()), spec);
    if (!tag)
        return; // the codec refused the demo's data: that item has no tag
    m_tags.push_back(std::move(tag.value()));
    auto* row = new QListWidgetItem(
        total > 1
            ? QStringLiteral("%1  %2 (%3/%4)").arg(label).arg(QString::fromStdString(barcode)).arg(part).arg(total)
            : QStringLiteral("%1  %2").arg(label, QString::fromStdString(barcode)));
    m_list->addItem(row);
}

void RfidSimulatorWindow::toggled()
{
    for (int i = 0; i < m_list->count(); ++i) {
        const SimulatedTag& tag = m_tags[static_cast<std::size_t>(i)];
        const bool wanted = m_list->item(i)->checkState() == Qt::Checked;
        const bool there = m_pad->tag(tag.uid).has_value();
        if (wanted && !there)
            m_pad->place(tag);
        else if (!wanted && there) {
            m_tags[static_cast<std::size_t>(i)] = *m_pad->tag(tag.uid); // keeps its AFI for next time
            m_pad->remove(tag.uid);
        }
    }
}

void RfidSimulatorWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RfidSimulatorWindow::retranslate()
{
    setWindowTitle(tr("Simulated RFID pad"));
    m_plugged->setText(tr("Pad plugged in"));
    m_failWrite->setText(tr("Make the next security write fail"));
    m_scanText->setPlaceholderText(tr("Simulated scanner: type a barcode, then Enter"));
    QListWidgetItem* blank = m_list->item(m_list->count() - 1);
    const QSignalBlocker quiet(m_list);
    blank->setText(tr("A blank tag (no library data)"));
}

void attachSimulatedPad(QWidget* window, ils::LocalStore& store, const std::string& library)
{
    auto* view = window->findChild<CirculationView*>();
    if (!view)
        return;
    // The name is the device's make and model, as a real reader's would be: not translated.
    static std::shared_ptr<SimulatedRfidPad> pad = std::make_shared<SimulatedRfidPad>("ils simulator");
    static std::shared_ptr<SimulatedScanner> scanner = std::make_shared<SimulatedScanner>("ils simulator");
    view->attachRfidPad(pad);
    scanner->setReceiver(view->scanReceiver());
    // Beside the main window, owned by it: it goes with the window at log-out.
    auto* simulator = new RfidSimulatorWindow(pad, store, library, window);
    simulator->setScanner(scanner);
    simulator->show();
}
