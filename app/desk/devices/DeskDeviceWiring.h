#pragma once

class CirculationView;
class DeskDevices;
class QMainWindow;

// Connects the desk's devices to a (new) main window: scans and the RFID reader to its
// circulation screen, the device line and its notices to its status bar. Called after each
// log-in; what was connected to the last window goes with it.
void connectDeskDevices(DeskDevices& devices, QMainWindow& window);
// The circulation screen alone (tests, and the part of the above that needs no window).
void connectDeskDevices(DeskDevices& devices, CirculationView& view);
