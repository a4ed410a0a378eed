import type { Messages } from './ja';

/** The English catalogue, for foreign JV partners and auditors. Same keys as `ja`. */
export const en: Messages = {
  app: {
    name: 'esurety electronic surety service',
    skipToContent: 'Skip to main content',
    mainNavigation: 'Main menu',
    loading: 'Loading',
  },
  language: {
    switchTo: '日本語',
    switchToCode: 'ja',
    switchLabel: 'Switch the display language to Japanese',
  },
  nav: {
    home: 'Home',
  },
  form: {
    required: 'Required',
  },
  role: {
    CONTRACTOR: 'Contractor',
    BRANCH_STAFF: 'Branch staff',
    ORDERER: 'Orderer',
    ADMIN: 'System administrator',
  },
  user: {
    summary: 'Signed-in user',
    roleLabel: 'Role',
  },
  login: {
    title: 'Sign in',
    lead: 'Sign in with your registered e-mail address and password.',
    email: 'E-mail address',
    password: 'Password',
    showPassword: 'Show password',
    submit: 'Sign in',
    failedTitle: 'Could not sign in',
  },
  logout: {
    action: 'Sign out',
    failedTitle: 'Could not sign out',
  },
  home: {
    title: 'Home',
    welcome: 'Welcome, {{name}}.',
    registeredDetails: 'Registered details',
    missingOrganisation: 'No organisation is registered for you. Please contact the system administrator.',
    contractor: {
      heading: 'Contractor home',
      name: 'Trade name',
      address: 'Address',
      corporateNumber: 'Corporate number',
      representative: 'Representative',
    },
    branch: {
      heading: 'Branch staff home',
      name: 'Branch',
      officeCode: 'Office code',
      address: 'Address',
      tel: 'Tel.',
      fax: 'Fax',
      guarantor: 'Guarantor',
    },
    orderer: {
      heading: 'Orderer home',
      name: 'Orderer',
      certificateTitle: 'Name on certificates',
      acceptsElectronic: 'Electronic guarantees',
      accepted: 'Accepted',
      notAccepted: 'Not accepted',
      electronicFrom: 'Accepted from',
      electronicRule: 'Works covered',
    },
    admin: {
      heading: 'Administrator home',
      note: 'This is the system administrator’s home. You are signed in as a system administrator.',
    },
  },
  electronicRule: {
    ANNOUNCED_OR_NOMINATED_FROM: 'Works announced (competitive bidding) or nominated (negotiated contract) on or after the start date',
    WORKS_ALLOWED_BY_ORDERER: 'Works for which the orderer allows electronic guarantees',
  },
  notFound: {
    title: 'Page not found',
    body: 'The page you are looking for may have moved or been removed, or the URL may be wrong.',
    backHome: 'Back to home',
  },
  errors: {
    title: 'Error',
    network: 'Could not reach the server. Please try again later.',
  },
};
