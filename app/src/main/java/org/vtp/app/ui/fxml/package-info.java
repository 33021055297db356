/** Loading of the views' FXML files with the view object as controller (no controller factories). */
package org.vtp.app.ui.fxml;
