/** The institute's experts (authors): their profiles and public pages. */
package org.dossier.experts;
