/** Settings kept between runs, as a small JSON file in a directory given at construction. */
package org.vtp.app.ui.store;
